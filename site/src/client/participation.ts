/**
 * Enhancement of the feedback and rating forms (they work without it: plain POST, the CMS answers 303).
 * - `?loi=<codes>` from a no-JS round trip: reveal the pre-rendered message of each known code (never URL text).
 * - Submit with fetch as `application/x-www-form-urlencoded` (the CMS refuses multipart), asking for JSON; show
 *   the CMS's Vietnamese field errors inline and the outcome in the form's live status. Text goes in via textContent.
 */

interface ErrorBody {
  error?: { message?: string; details?: { errors?: Array<{ path?: string[]; message?: string }> } };
}

function revealRedirectErrors(): void {
  const codes = new URLSearchParams(location.search).get('loi')?.split(',') ?? [];
  const notices = document.querySelector<HTMLElement>('[data-form-notices]');
  if (codes.length === 0 || notices === null) return;
  let shown = 0;
  for (const item of notices.querySelectorAll<HTMLElement>('[data-code]')) {
    if (codes.includes(item.dataset['code'] ?? '')) {
      item.hidden = false;
      shown += 1;
    }
  }
  if (shown === 0) return; // Unknown codes: the generic notice (CSS :target) stays.
  notices.classList.add('has-codes');
  notices.querySelector<HTMLElement>('[data-error-summary]')!.hidden = false;
  notices.focus();
}

function clearErrors(form: HTMLFormElement): void {
  for (const slot of form.querySelectorAll<HTMLElement>('[data-error-for]')) {
    slot.hidden = true;
    slot.textContent = '';
  }
  for (const field of form.querySelectorAll('[aria-invalid]')) field.removeAttribute('aria-invalid');
}

function showErrors(form: HTMLFormElement, body: ErrorBody): void {
  let first: HTMLElement | null = null;
  for (const problem of body.error?.details?.errors ?? []) {
    const name = problem.path?.[0] ?? '';
    const slot = form.querySelector<HTMLElement>(`[data-error-for="${CSS.escape(name)}"]`);
    if (slot === null || problem.message === undefined) continue;
    slot.textContent = problem.message;
    slot.hidden = false;
    const field = form.elements.namedItem(name);
    if (field instanceof HTMLElement) {
      field.setAttribute('aria-invalid', 'true');
      first ??= field;
    }
  }
  first?.focus();
}

async function submit(form: HTMLFormElement, status: HTMLElement): Promise<void> {
  const button = form.querySelector<HTMLButtonElement>('button[type="submit"]');
  clearErrors(form);
  status.textContent = status.dataset['sending'] ?? '';
  if (button) button.disabled = true;
  try {
    const response = await fetch(form.action, {
      method: 'POST',
      headers: { accept: 'application/json' },
      // URLSearchParams: sent as application/x-www-form-urlencoded.
      body: new URLSearchParams(new FormData(form) as unknown as Record<string, string>),
    });
    const body = (await response.json().catch(() => ({}))) as ErrorBody & { data?: { message?: string; average?: number | null; votes?: number } };
    if (response.ok) {
      status.textContent = body.data?.message ?? '';
      form.reset();
      if (form.dataset['participation'] === 'rating') showRating(body.data?.average ?? null, body.data?.votes ?? 0);
      return;
    }
    showErrors(form, body);
    status.textContent = body.error?.message ?? status.dataset['failed'] ?? '';
  } catch {
    status.textContent = status.dataset['offline'] ?? '';
  } finally {
    if (button) button.disabled = false;
  }
}

function showRating(average: number | null, votes: number): void {
  const summary = document.querySelector<HTMLElement>('[data-rating-summary]');
  const template = summary?.dataset['template'];
  if (!summary || template === undefined || average === null) return;
  const format = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });
  summary.textContent = template.replace('{average}', format.format(average)).replace('{votes}', format.format(votes));
}

revealRedirectErrors();
for (const form of document.querySelectorAll<HTMLFormElement>('form[data-participation]')) {
  const status = form.querySelector<HTMLElement>('[data-status]');
  if (status === null) continue;
  // The CMS's Vietnamese messages replace the browser's own validation bubbles.
  form.noValidate = true;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void submit(form, status);
  });
}
