/** Breadcrumb trails. */

import { t } from '../../i18n/vi.ts';
import { homePath } from './paths.ts';

export interface Crumb {
  label: string;
  /** Absent for the current page. */
  href?: string | undefined;
}

/** Home → …ancestors → current page (not linked). */
export function trail(current: string, ancestors: readonly Crumb[] = []): Crumb[] {
  return [{ label: t('nav.home'), href: homePath() }, ...ancestors, { label: current }];
}
