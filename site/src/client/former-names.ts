/**
 * The former-name filter of /don-vi/: narrows the server-rendered list as one types, ignoring case, accents and đ/Đ
 * (the list itself works without JavaScript; this only reveals the input and hides what does not match).
 */

import { findFormerNames } from '@portal/shared-types';

export function runFormerNameFilter(): void {
  const box = document.querySelector<HTMLElement>('[data-former-filter]');
  const input = box?.querySelector<HTMLInputElement>('input');
  const status = box?.querySelector<HTMLElement>('[data-former-status]');
  if (!box || !input || !status) return;
  const items = [...document.querySelectorAll<HTMLElement>('[data-former-name]')].map((element) => ({ name: element.dataset['formerName'] ?? '', element }));
  box.hidden = false;
  const show = () => {
    const query = input.value.trim();
    if (query === '') {
      for (const item of items) item.element.hidden = false;
      status.textContent = '';
      return;
    }
    const matches = new Set(findFormerNames(items, query));
    for (const item of items) item.element.hidden = !matches.has(item);
    const template = (matches.size === 0 ? status.dataset['none'] : status.dataset['results']) ?? '';
    status.textContent = template.replace('{count}', String(matches.size)).replace('{query}', query);
  };
  input.addEventListener('input', show);
  show();
}
