/** Opens an admin page in a browser page, signing in first when the login form shows (a context keeps the session). */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { adminLabel } from './fixtures/admin-labels.ts';

export async function openAdminSignedIn(page: Page, url: string, admin: { email: string; password: string }): Promise<void> {
  await page.goto(url);
  const email = page.getByRole('textbox', { name: adminLabel('admin', 'Auth.form.email.label') });
  const signedIn = page.getByRole('navigation').getByRole('link', { name: adminLabel('admin', 'global.home') });
  await expect.poll(async () => (await email.isVisible()) || (await signedIn.isVisible()), { timeout: 60_000 }).toBe(true);
  if (await email.isVisible()) {
    await email.fill(admin.email);
    await page.getByRole('textbox', { name: adminLabel('admin', 'global.password') }).fill(admin.password);
    await page.getByRole('button', { name: adminLabel('admin', 'Auth.form.button.login') }).click();
    await signedIn.waitFor();
    // The login page sends the user home: back to the page asked for.
    if (!page.url().startsWith(url)) await page.goto(url);
  }
}
