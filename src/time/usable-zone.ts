/**
 * The one time-zone fallback: a zone the runtime does not know (e.g.
 * `time-zone="Mars/Olympus_Mons"`) becomes the viewer's own zone for every
 * element, with one console warning per unknown zone.
 */
const warned = new Set<string>();

/** `zone` when the runtime knows it; undefined (the viewer's zone) when empty or unknown. */
export function usableTimeZone(zone: string | undefined): string | undefined {
  if (!zone) return undefined;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return zone;
  } catch {
    if (!warned.has(zone)) {
      warned.add(zone);
      console.warn(`[credits-elements] Unknown time zone "${zone}": dates are shown in the viewer's time zone.`);
    }
    return undefined;
  }
}
