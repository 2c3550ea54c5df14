// Served with the repository root under the strict CSP (csp.spec.ts): the CDN entry, then every element
// in one provider, so each lazy element chunk loads under the policy. Reports to window.__cdnResult.
/* global customElements, Response, setTimeout */
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'}`), true);
const { load, lazyTags } = await import('../../../dist/cdn/credits-elements.js');
const notFound = async () => new Response(JSON.stringify({ error: { code: 'not_found', message: 'Nothing here' } }), { status: 404, headers: { 'content-type': 'application/json' } });
const provider = document.createElement('credits-provider');
provider.setAttribute('api-base', '/api');
provider.setAttribute('organisation', 'org_cdn');
provider.fetch = notFound;
const tags = [...lazyTags, 'credits-balance'];
for (const tag of tags) provider.append(document.createElement(tag));
document.body.append(provider);
await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
const drawn = () => tags.filter((tag) => (provider.querySelector(tag).shadowRoot?.textContent ?? '').trim().length > 0);
for (let i = 0; i < 50 && drawn().length < tags.length; i++) await new Promise((r) => setTimeout(r, 100));
window.__cdnResult = { tags, drawn: drawn(), wizardClass: typeof (await load('purchase-wizard')) };
