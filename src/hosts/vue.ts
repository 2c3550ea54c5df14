/**
 * `@9pic/credits-elements/vue`: its types declare the elements for vue (generated from
 * custom-elements.json); at run time it only exports the tag names, and defines nothing.
 */
export { tagNames, isCreditsElement, type CreditsTagName } from '../tags.js';
