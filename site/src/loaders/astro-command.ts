/**
 * Which Astro command is running, recorded by a tiny integration so loaders can tell `astro sync` (type generation,
 * e.g. in a CI typecheck without a CMS) from a build. The config and the content config are loaded as separate module
 * graphs, so the value travels on globalThis rather than in module state.
 */

import type { AstroIntegration } from 'astro';

type AstroCommand = 'dev' | 'build' | 'preview' | 'sync';

const KEY = Symbol.for('portal.site.astroCommand');
const slot = globalThis as typeof globalThis & { [KEY]?: AstroCommand };

/** Integration recording the command in `astro:config:setup`. */
export function astroCommandRecorder(): AstroIntegration {
  return {
    name: 'portal:astro-command',
    hooks: {
      'astro:config:setup': ({ command }) => {
        slot[KEY] = command;
      },
    },
  };
}

/** The running command, or undefined outside Astro (unit tests). */
export function astroCommand(): AstroCommand | undefined {
  return slot[KEY];
}
