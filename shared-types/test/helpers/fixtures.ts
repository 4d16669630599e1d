import { readFileSync } from 'node:fs';

/** Parsed JSON of test/fixtures/<name>.json, typed loosely on purpose: schemas are what give it a type. */
export function loadFixture(name: string): Record<string, unknown> {
  const text = readFileSync(new URL(`../fixtures/${name}.json`, import.meta.url), 'utf8');
  return JSON.parse(text) as Record<string, unknown>;
}

/** A deep copy of a fixture, to mutate into a malformed variant. */
export function cloneFixture(name: string): Record<string, unknown> {
  return structuredClone(loadFixture(name));
}
