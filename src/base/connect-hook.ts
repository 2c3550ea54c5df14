/**
 * Told of every Credits element (provider and area included) when it connects.
 * Nothing sets it in the npm build; the CDN build's loader (src/autoload.ts) sets
 * it to find tags still to load in the element's light tree and shadow root,
 * wherever the element lives (a host's shadow root included).
 */
export const connectHook: { onConnect?: (element: HTMLElement) => void } = {};
