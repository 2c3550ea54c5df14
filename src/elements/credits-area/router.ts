/**
 * The Credits area's views and their paths: `/credits`, `/credits/billing`,
 * `/credits/subscription`, `/credits/purchase` under a base path. A base path
 * containing '#' ("/app.html#") routes in the hash, for hosts without server rewrites.
 */
export type AreaView = 'credits' | 'billing' | 'subscription' | 'purchase';
export type TabView = Exclude<AreaView, 'purchase'>;

export const TAB_VIEWS: readonly TabView[] = ['credits', 'billing', 'subscription'];
export const AREA_VIEWS: readonly AreaView[] = [...TAB_VIEWS, 'purchase'];

const SUFFIX: Record<AreaView, string> = { credits: '', billing: '/billing', subscription: '/subscription', purchase: '/purchase' };
const ROUTE = /^\/credits(?:\/(billing|subscription|purchase))?$/;

export function isAreaView(value: unknown): value is AreaView {
  return (AREA_VIEWS as readonly unknown[]).includes(value);
}

export function isTabView(value: unknown): value is TabView {
  return (TAB_VIEWS as readonly unknown[]).includes(value);
}

/** '' for '' and '/'; no trailing slash otherwise ('/app/' → '/app'). */
export function normaliseBasePath(basePath: string | null | undefined): string {
  return (basePath ?? '').trim().replace(/\/+$/, '');
}

/** The path of a view: pathFor('billing', '/app') → '/app/credits/billing'. */
export function pathFor(view: AreaView, basePath?: string | null): string {
  return `${normaliseBasePath(basePath)}/credits${SUFFIX[view]}`;
}

/** The view a location shows, or undefined when it is not one of the area's paths. */
export function viewFromLocation(location: Pick<Location, 'pathname' | 'hash'>, basePath?: string | null): AreaView | undefined {
  const base = normaliseBasePath(basePath);
  const here = base.includes('#') ? location.pathname + location.hash : location.pathname;
  if (!here.startsWith(base)) return undefined;
  const match = ROUTE.exec(here.slice(base.length).replace(/\/+$/, ''));
  if (!match) return undefined;
  return (match[1] as AreaView | undefined) ?? 'credits';
}
