/**
 * In a build, the pages read Astro's content data store from its file when they are generated, instead of from a copy
 * bundled into the build. Astro bundles the store as one string module (`export default JSON.parse("…")`): at 10,000
 * articles that is 12 MB that Vite transforms and writes and Node compiles again on every build, though the build
 * always runs where the file is (a static build renders every page before it ends).
 *
 * This takes over Astro's internal module id `\0astro:data-layer-content` ahead of Astro's own loader; should the id
 * change in a later Astro, Astro's module is used again: slower, same pages.
 */

import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const DATA_LAYER_MODULE = '\0astro:data-layer-content';

/** The module's code: the store file's content as Astro's runtime expects it (devalue's flattened form). */
export function dataStoreModule(storeFile: string): string {
  return `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(storeFile)}, 'utf8'));\n`;
}

export function dataStoreAtRuntime(): AstroIntegration {
  let storeFile: string | undefined;
  return {
    name: 'portal:data-store-at-runtime',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig, logger }) => {
        // Only a static build runs where the store is; a chunked store (not used here) has another layout.
        if (command !== 'build' || (config.experimental.collectionStorage ?? 'single-file') !== 'single-file') return;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'portal:data-store-at-runtime',
                load: {
                  order: 'pre',
                  filter: { id: /^\0astro:data-layer-content$/ },
                  handler(id) {
                    // Without a store yet, Astro's module (an empty store) stands.
                    if (id !== DATA_LAYER_MODULE || storeFile === undefined || !fs.existsSync(storeFile)) return undefined;
                    logger.info(`pages read the content data store from ${storeFile}`);
                    return { code: dataStoreModule(storeFile), map: { mappings: '' } };
                  },
                },
              },
            ],
          },
        });
      },
      'astro:config:done': ({ config }) => {
        storeFile = fileURLToPath(new URL('data-store.json', config.cacheDir));
      },
    },
  };
}
