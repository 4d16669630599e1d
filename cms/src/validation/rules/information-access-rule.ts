import { DISCLOSURE_ITEMS, missingDisclosureItems } from '@portal/shared-types';
import { rowsOf, textOf } from '../stored-values';
import type { ContentRule } from './content-rule';

const LABEL = new Map<string, string>(DISCLOSURE_ITEMS.map((item) => [item.key, item.label]));

/**
 * The "Tiếp cận thông tin" section: `missingItems` (read-only) tells editors which items of the list (Luật 104/2016
 * Điều 19) have no document, page or article linked yet; the same item twice is refused.
 */
export const informationAccessRule: ContentRule = {
  uid: 'api::information-access.information-access',
  derivedAttributes: ['missingItems'],
  populate: { items: { populate: { documents: true, pages: true, articles: true } } },
  derive(version, { problems }) {
    const linked: Record<string, number> = {};
    const seen = new Set<string>();
    rowsOf(version.items).forEach((item, index) => {
      const key = textOf(item.item);
      if (key === null) return;
      if (seen.has(key)) problems.add(['items', index, 'item'], `Mục “${LABEL.get(key) ?? key}” đã có trong danh mục.`);
      seen.add(key);
      linked[key] = (linked[key] ?? 0) + rowsOf(item.documents).length + rowsOf(item.pages).length + rowsOf(item.articles).length;
    });
    const missing = missingDisclosureItems(linked);
    const missingItems = missing.length === 0 ? 'Đã đủ các mục.' : `Còn thiếu ${missing.length} mục: ${missing.map((item) => item.label).join('; ')}.`;
    return { entry: { missingItems }, components: [] };
  },
};
