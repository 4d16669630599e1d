/**
 * Client script of /tim-kiem/: loads Pagefind's module on demand and lists results for the query (kept in the URL,
 * ?q=…, so results can be linked and the back button works), ten at a time. The filter lists are in the page's HTML
 * (written at build time): Pagefind then loads a filter's chunk only when a search uses that filter.
 */
import { BASE_PATH } from '../lib/navigation/paths.ts';

/** Results whose fragment (title, URL, excerpt) is loaded at a time: each is a request. */
const PAGE_SIZE = 10;

interface PagefindResult {
  data: () => Promise<{ url: string; meta: { title?: string }; excerpt: string }>;
}
interface Pagefind {
  init: () => Promise<void>;
  options: (options: Record<string, unknown>) => Promise<void>;
  mergeIndex: (url: string, options?: Record<string, unknown>) => Promise<void>;
  search: (query: string, options: { filters: Record<string, string> }) => Promise<{ results: PagefindResult[] }>;
}

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T | null;

export async function runSearch(): Promise<void> {
  const form = byId<HTMLFormElement>('search-form');
  const input = byId<HTMLInputElement>('q');
  const status = byId<HTMLElement>('search-status');
  const list = byId<HTMLOListElement>('search-results');
  const filterSet = byId<HTMLElement>('search-filters');
  const more = byId<HTMLButtonElement>('search-more');
  if (!form || !input || !status || !list || !filterSet || !more) return;
  const messages = JSON.parse(status.dataset['messages'] ?? '{}') as Record<'results' | 'none' | 'loading' | 'more', string>;
  // Under the site's base (a unit served under a path prefix, astro.config.mjs): the index lists pages by their path
  // in the build, so results get the base put back in front.
  const base = BASE_PATH;
  const bundle = `${base}pagefind/pagefind.js`;
  const pagefind = (await import(/* @vite-ignore */ bundle)) as Pagefind;
  await pagefind.options({ excerptLength: 24, baseUrl: base });

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

  // Pagefind loads its WASM and the index's metadata (most of a first search's bytes) on its first search: start that
  // when the visitor turns to the search box, so it loads while they type, and not for a visitor who never searches.
  const warmUp = () => void pagefind.init().catch(() => undefined);
  input.addEventListener('focus', warmUp, { once: true });
  input.addEventListener('input', warmUp, { once: true });
  if (document.activeElement === input) warmUp();

  const selects = [...filterSet.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
  filterSet.hidden = false;

  const params = new URLSearchParams(location.search);
  // Keep what the visitor typed while the index was loading; otherwise restore the query from the address.
  if (input.value.trim() === '') input.value = params.get('q') ?? '';
  for (const select of selects) select.value = params.get(select.name) ?? '';
  const wantedScope = params.get('pham-vi') ?? '';
  for (const radio of scopes) radio.checked = radio.value === wantedScope;
  if (scopes.length > 0 && !scopes.some((radio) => radio.checked)) scopes[0]!.checked = true;

  // The results of the current search and how many of them are listed; a newer search makes older ones stale.
  let current: { results: PagefindResult[]; query: string } | undefined;
  let shown = 0;
  let generation = 0;

  /** Lists the next PAGE_SIZE results; returns the first item added, if any. */
  const showMore = async (): Promise<HTMLLIElement | undefined> => {
    const started = generation;
    const next = current?.results.slice(shown, shown + PAGE_SIZE) ?? [];
    const data = await Promise.all(next.map((result) => result.data()));
    if (started !== generation) return undefined;
    const items = data.map((result) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = result.url;
      link.textContent = result.meta.title ?? result.url;
      const excerpt = document.createElement('p');
      // Pagefind's excerpt is escaped page text with <mark> around the matches.
      excerpt.innerHTML = result.excerpt;
      item.append(link, excerpt);
      return item;
    });
    list.append(...items);
    shown += items.length;
    more.hidden = shown >= (current?.results.length ?? 0);
    return items[0];
  };

  const show = async () => {
    const query = input.value.trim();
    const started = ++generation;
    list.replaceChildren();
    more.hidden = true;
    current = undefined;
    shown = 0;
    if (query === '') {
      status.textContent = '';
      return;
    }
    status.textContent = messages.loading;
    const filters = Object.fromEntries(selects.filter((select) => select.value !== '').map((select) => [select.dataset['filter'] ?? '', select.value]));
    const engine = scope() === 'toan-tinh' ? await province() : pagefind;
    const search = await engine.search(query, { filters });
    if (started !== generation) return;
    current = { results: search.results, query };
    await showMore();
    if (started !== generation) return;
    const template = search.results.length === 0 ? messages.none : messages.results;
    status.textContent = template.replace('{count}', String(search.results.length)).replace('{query}', query);
  };

  more.addEventListener('click', async () => {
    more.disabled = true;
    try {
      const first = await showMore();
      if (first === undefined) return;
      // Keyboard and screen reader users continue at the first new result; the status says how many are listed.
      const link = first.querySelector('a');
      link?.focus();
      status.textContent = messages.more.replace('{shown}', String(shown)).replace('{count}', String(current?.results.length ?? 0));
    } finally {
      more.disabled = false;
    }
  });

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
