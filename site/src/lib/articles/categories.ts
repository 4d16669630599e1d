/** Ordering categories for menus. Pure functions over collection entries. */

import { type Category, compareVietnamese } from '@portal/shared-types';

/** By `order` ascending (unset last), then by name in Vietnamese collation. */
export function menuOrder<C extends Pick<Category, 'order' | 'name'>>(categories: readonly C[]): C[] {
  return [...categories].sort((a, b) => {
    if (a.order !== b.order) {
      if (a.order === null) return 1;
      if (b.order === null) return -1;
      return a.order - b.order;
    }
    return compareVietnamese(a.name, b.name);
  });
}

/** Top-level categories (no parent) in menu order. */
export function menuCategories(categories: readonly Category[]): Category[] {
  return menuOrder(categories.filter((category) => (category.parent ?? null) === null));
}
