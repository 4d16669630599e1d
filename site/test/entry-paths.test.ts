import { entryPath } from '@portal/shared-types';
import { describe, expect, it } from 'vitest';
import {
  articlePath,
  categoryPath,
  congressPath,
  documentPath,
  indicatorPath,
  reportPath,
  scheduleFeedPath,
  staticPagePath,
  tagPath,
} from '../src/lib/navigation/paths.ts';

/** The CMS records redirects with shared-types' entryPath; the site builds pages with paths.ts. They must agree. */
describe('entry addresses', () => {
  it.each([
    ['api::article.article', articlePath],
    ['api::category.category', (slug: string) => categoryPath(slug)],
    ['api::tag.tag', (slug: string) => tagPath(slug)],
    ['api::page.page', staticPagePath],
    ['api::legal-document.legal-document', documentPath],
    ['api::congress.congress', congressPath],
    ['api::indicator.indicator', indicatorPath],
    ['api::kpi-report.kpi-report', reportPath],
    ['api::organisation.organisation', scheduleFeedPath],
  ] as const)('%s: the CMS records the address the site builds', (uid, sitePath) => {
    expect(entryPath(uid, 'dia-chi-thu')).toBe(sitePath('dia-chi-thu'));
  });
});
