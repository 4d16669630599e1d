/**
 * Client script of /tim-kiem/: loads Pagefind's module on demand, fills the filter lists from the index, and lists
 * results for the query (kept in the URL, ?q=…, so results can be linked and the back button works).
 */

interface PagefindResult {
  data: () => Promise<{ url: string; meta: { title?: string }; excerpt: string }>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  mergeIndex: (url: string, options?: Record<string, unknown>) => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (query: string, options: { filters: Record<string, string> }) => Promise<{ results: PagefindResult[] }>;
}

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T | null;

export async function runSearch(): Promise<void> {
  const form = byId<HTMLFormElement>('search-form');
  const input = byId<HTMLInputElement>('q');
  const status = byId<HTMLElement>('search-status');
  const list = byId<HTMLOListElement>('search-results');
  const filterSet = byId<HTMLElement>('search-filters');
  if (!form || !input || !status || !list || !filterSet) return;
  const messages = JSON.parse(status.dataset['messages'] ?? '{}') as Record<'results' | 'none' | 'loading', string>;
  const bundle = '/pagefind/pagefind.js';
  const pagefind = (await import(/* @vite-ignore */ bundle)) as Pagefind;
  await pagefind.options({ excerptLength: 24 });

  // "Toàn tỉnh" on the provincial portal: a second instance of the module (another URL, so its own state) with every
  // other active unit's index merged in; this site's own instance stays unmerged for the default scope.
  const scopeSet = form.querySelector<HTMLElement>('[data-search-scope]');
  const scopes = [...(scopeSet?.querySelectorAll<HTMLInputElement>('input[name="pham-vi"]') ?? [])];
  let provinceWide: Promise<Pagefind> | undefined;
  const province = (): Promise<Pagefind> => {
    provinceWide ??= (async () => {
      const merged = (await import(/* @vite-ignore */ `${bundle}?pham-vi=toan-tinh`)) as Pagefind;
      await merged.options({ excerptLength: 24 });
      const others = JSON.parse(scopeSet?.dataset['bundles'] ?? '[]') as Array<{ bundle: string }>;
      // A unit whose index cannot be reached is left out rather than failing the whole search.
      await Promise.all(others.map(({ bundle: url }) => merged.mergeIndex(url, { baseUrl: new URL('../', url).href }).catch(() => undefined)));
      return merged;
    })();
    return provinceWide;
  };
  const scope = () => scopes.find((radio) => radio.checked)?.value ?? '';

  const selects = [...filterSet.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
  const available = await pagefind.filters();
  for (const select of selects) {
    const values = Object.keys(available[select.dataset['filter'] ?? ''] ?? {}).sort((a, b) => a.localeCompare(b, 'vi'));
    for (const value of values) select.add(new Option(value, value));
    select.closest('label')!.hidden = values.length === 0;
  }
  filterSet.hidden = false;

  const params = new URLSearchParams(location.search);
  // Keep what the visitor typed while the index was loading; otherwise restore the query from the address.
  if (input.value.trim() === '') input.value = params.get('q') ?? '';
  for (const select of selects) select.value = params.get(select.name) ?? '';
  const wantedScope = params.get('pham-vi') ?? '';
  for (const radio of scopes) radio.checked = radio.value === wantedScope;
  if (scopes.length > 0 && !scopes.some((radio) => radio.checked)) scopes[0]!.checked = true;

  const show = async () => {
    const query = input.value.trim();
    list.replaceChildren();
    if (query === '') {
      status.textContent = '';
      return;
    }
    status.textContent = messages.loading;
    const filters = Object.fromEntries(selects.filter((select) => select.value !== '').map((select) => [select.dataset['filter'] ?? '', select.value]));
    const engine = scope() === 'toan-tinh' ? await province() : pagefind;
    const search = await engine.search(query, { filters });
    const results = await Promise.all(search.results.slice(0, 30).map((result) => result.data()));
    for (const result of results) {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = result.url;
      link.textContent = result.meta.title ?? result.url;
      const excerpt = document.createElement('p');
      // Pagefind's excerpt is escaped page text with <mark> around the matches.
      excerpt.innerHTML = result.excerpt;
      item.append(link, excerpt);
      list.append(item);
    }
    const template = results.length === 0 ? messages.none : messages.results;
    status.textContent = template.replace('{count}', String(search.results.length)).replace('{query}', query);
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const next = new URLSearchParams();
    if (input.value.trim() !== '') next.set('q', input.value.trim());
    for (const select of selects) if (select.value !== '') next.set(select.name, select.value);
    if (scope() !== '') next.set('pham-vi', scope());
    history.replaceState(null, '', `?${next.toString()}`);
    void show();
  });
  for (const select of selects) select.addEventListener('change', () => form.requestSubmit());
  for (const radio of scopes) radio.addEventListener('change', () => form.requestSubmit());
  await show();
}
