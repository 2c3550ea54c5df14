/**
 * The controls every demo page's header shares: the page links, language, theme and
 * gateway outcome. Each page's HTML holds only its own controls (organisation, partner,
 * staff viewer) in `<header class="bar" data-page="…">`; this fills in the rest when a
 * page script imports it, before the page's `load` event.
 */
const PAGES = [
  ['index', './index.html', 'Single elements'],
  ['area', './area.html', 'Whole area'],
  ['partner', './partner.html', 'Partner portal'],
] as const;

function select(id: string, options: readonly (readonly [string, string])[]): HTMLSelectElement {
  const el = document.createElement('select');
  el.id = id;
  for (const [value, text] of options) el.add(new Option(text, value));
  return el;
}

function labelled(text: string, control: HTMLElement): HTMLLabelElement {
  const label = document.createElement('label');
  label.append(`${text} `, control);
  return label;
}

export function fillHeader(header = document.querySelector<HTMLElement>('header.bar')): void {
  if (!header) return;
  const title = document.createElement('strong');
  title.textContent = 'Credits Elements demo';
  const nav = document.createElement('nav');
  nav.className = 'pages';
  nav.setAttribute('aria-label', 'Demo pages');
  for (const [page, href, text] of PAGES) {
    const link = document.createElement('a');
    link.href = href;
    link.textContent = text;
    if (header.dataset['page'] === page) link.setAttribute('aria-current', 'page');
    nav.append(link);
  }
  header.prepend(title, nav);
  header.append(
    labelled('Language', select('locale', [['en-IN', 'English (India)'], ['en-US', 'English (US)'], ['hi-IN', 'हिन्दी']])),
    labelled('Theme', select('theme', [['light', 'Light'], ['dark', 'Dark'], ['partner', 'Partner (Acme, tokens + parts)']])),
    labelled('Gateway outcome', select('outcome', [['completed', 'Completed'], ['pending', 'Stays pending'], ['failed', 'Failed'], ['cancelled', 'Cancelled']])),
  );
}
