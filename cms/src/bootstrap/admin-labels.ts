import { isDeepStrictEqual } from 'node:util';
import type { Core } from '@strapi/strapi';
import { COMPONENT_LABELS, CONTENT_TYPE_LABELS, type TypeLabels } from './field-labels';

type Json = Record<string, unknown>;
type Setting = { path: readonly string[]; value: unknown; enforced?: boolean };

const CONTENT_MANAGER_STORE = { type: 'plugin', name: 'content_manager' } as const;
/** What this module wrote last time, per configuration key and path: tells our values from an editor's. */
const APPLIED_STORE = { type: 'core', name: 'portal', key: 'admin-labels-applied' } as const;

function settingsOf(labels: TypeLabels): Setting[] {
  const settings: Setting[] = [];
  for (const [field, text] of Object.entries(labels.fields)) {
    settings.push({ path: ['metadatas', field, 'edit', 'label'], value: text.label });
    settings.push({ path: ['metadatas', field, 'list', 'label'], value: text.label });
    if (text.description) settings.push({ path: ['metadatas', field, 'edit', 'description'], value: text.description });
    // Derived values are never typed: not editable whatever the admin says.
    if (text.derived) settings.push({ path: ['metadatas', field, 'edit', 'editable'], value: false, enforced: true });
  }
  if (labels.list) settings.push({ path: ['layouts', 'list'], value: [...labels.list] });
  if (labels.sort) {
    settings.push({ path: ['settings', 'defaultSortBy'], value: labels.sort[0] });
    settings.push({ path: ['settings', 'defaultSortOrder'], value: labels.sort[1] });
  }
  if (labels.mainField) settings.push({ path: ['settings', 'mainField'], value: labels.mainField });
  return settings;
}

function getPath(object: Json, path: readonly string[]): unknown {
  let current: unknown = object;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Json)[key];
  }
  return current;
}

function setPath(object: Json, path: readonly string[], value: unknown): void {
  let current = object;
  for (const key of path.slice(0, -1)) {
    if (current[key] === null || typeof current[key] !== 'object') current[key] = {};
    current = current[key] as Json;
  }
  current[path[path.length - 1]!] = value;
}

/**
 * Merges our labels into one stored configuration. A value is written when this module never wrote that path
 * before, or when the stored value is still what it wrote last time; a value an editor changed in the admin
 * ("Configure the view") is left alone. Returns whether the configuration changed.
 */
export function mergeLabels(config: Json, labels: TypeLabels, applied: Json, prefix: string): boolean {
  let changed = false;
  for (const setting of settingsOf(labels)) {
    const appliedKey = `${prefix}:${setting.path.join('.')}`;
    const current = getPath(config, setting.path);
    const ours = !(appliedKey in applied) || isDeepStrictEqual(current, applied[appliedKey]);
    if (setting.path[1] !== undefined && setting.path[0] === 'metadatas' && getPath(config, ['metadatas', setting.path[1]]) === undefined) {
      continue; // not a field of this model (yet)
    }
    if ((ours || setting.enforced) && !isDeepStrictEqual(current, setting.value)) {
      setPath(config, setting.path, setting.value);
      changed = true;
    }
    applied[appliedKey] = ours || setting.enforced ? setting.value : applied[appliedKey];
  }
  return changed;
}

/** Writes the Vietnamese labels, list columns and sorts of every content type and component, idempotently. */
export async function configureAdminLabels(strapi: Core.Strapi): Promise<void> {
  const store = strapi.store(CONTENT_MANAGER_STORE);
  const applied = ((await strapi.store.get({ ...APPLIED_STORE })) as Json | null) ?? {};
  const targets: Array<[string, TypeLabels]> = [
    ...Object.entries(CONTENT_TYPE_LABELS).map(([uid, labels]): [string, TypeLabels] => [`content_types::${uid}`, labels]),
    ...Object.entries(COMPONENT_LABELS).map(([uid, labels]): [string, TypeLabels] => [`components::${uid}`, labels]),
  ];
  for (const [key, labels] of targets) {
    const storeKey = `configuration_${key}`;
    const config = (await store.get({ key: storeKey })) as Json | null;
    if (!config) {
      strapi.log.warn(`No content-manager configuration for ${key}; its Vietnamese labels were not written.`);
      continue;
    }
    if (mergeLabels(config, labels, applied, key)) await store.set({ key: storeKey, value: config });
  }
  await strapi.store.set({ ...APPLIED_STORE, value: applied });
}
