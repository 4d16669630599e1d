/**
 * The site's content, read from the content layer once per build and shared by every page, so that sorting is not
 * repeated on each render.
 */

import { getCollection } from 'astro:content';
import type { Article, Category } from '@portal/shared-types';
import { newestFirst } from './articles.ts';
import { menuCategories } from './categories.ts';

const cache: {
  articles?: Promise<Article[]>;
  categories?: Promise<Category[]>;
  menu?: Promise<Category[]>;
} = {};

/** Every published article, newest first. */
export function allArticles(): Promise<Article[]> {
  cache.articles ??= getCollection('articles').then((entries) => newestFirst(entries.map((entry) => entry.data)));
  return cache.articles;
}

/** Every category, unordered. */
export function allCategories(): Promise<Category[]> {
  cache.categories ??= getCollection('categories').then((entries) => entries.map((entry) => entry.data));
  return cache.categories;
}

/** Top-level categories in menu order, for the header navigation and the home page. */
export function menu(): Promise<Category[]> {
  cache.menu ??= allCategories().then(menuCategories);
  return cache.menu;
}
