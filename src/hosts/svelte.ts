/**
 * `@9pic/credits-elements/svelte`: its types declare the elements for svelte (generated from
 * custom-elements.json); at run time it only exports the tag names, and defines nothing.
 */
export { tagNames, isCreditsElement, type CreditsTagName } from '../tags.js';
