/**
 * Length limits count what the user sees and what is sent: the text after
 * trimming, in code points (an emoji is one, not two UTF-16 units).
 */

/** Code points of `text` once trimmed, as it is sent. */
export const textLength = (text: string): number => [...text.trim()].length;
