/**
 * When a balance counts as low, and when it has just become low: the state
 * behind `credits-low-balance`, kept per scope (the provider's store for the
 * provider's threshold, the element for its own) and per organisation, so the
 * event fires once per crossing however many elements render the balance and
 * however often they render.
 */

/** A threshold setting as a usable number: finite and > 0, else undefined (off). */
export function normaliseThreshold(value: unknown): number | undefined {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) && n > 0 ? n : undefined;
}

export const isLow = (available: number, threshold: number | undefined): boolean => threshold !== undefined && available < threshold;

const lowByScope = new WeakMap<object, Map<string, boolean>>();

/**
 * Record one observation of the balance; true when it is a crossing below the
 * threshold: below now, and above (or not yet seen) before. The first
 * observation below counts, so a page opened with a low balance hears it once.
 */
export function crossedBelow(scope: object, organisation: string, threshold: number, available: number): boolean {
  let states = lowByScope.get(scope);
  if (!states) lowByScope.set(scope, (states = new Map()));
  const key = `${organisation}|${threshold}`;
  const low = available < threshold;
  const wasLow = states.get(key) ?? false;
  states.set(key, low);
  return low && !wasLow;
}
