/**
 * Writes the build's redirect map (issue 25) once every page exists: the CMS's redirect and gone records
 * (url-records.json, written by src/pages/url-records.json.ts) expanded over what this build serves — a moved
 * category's every list page, an indicator's data files. Three forms of the same map, next to the pages:
 *   url-map.json           read by the project's static server (scripts/src/static-server.ts): 301 and 410
 *   nginx-redirects.conf   `location = … { return 301 …; }` lines to include in the nginx `server { }`
 *   _redirects             Netlify / Cloudflare Pages syntax
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type UrlMap, type UrlRecord, expandUrlMap, netlifyRedirects, nginxRedirectsConf } from '@portal/shared-types';
import type { AstroIntegration } from 'astro';

export const URL_RECORDS_FILE = 'url-records.json';
export const URL_MAP_FILE = 'url-map.json';
export const NGINX_REDIRECTS_FILE = 'nginx-redirects.conf';
export const NETLIFY_REDIRECTS_FILE = '_redirects';

/** Every URL path a built site directory answers 200 for: `a/index.html` → `/a/`, any other file → its path. */
export function servedPaths(dir: string): Set<string> {
  const paths = new Set<string>();
  const walk = (folder: string, prefix: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(path.join(folder, entry.name), `${prefix}${entry.name}/`);
      else paths.add(entry.name === 'index.html' ? prefix : `${prefix}${entry.name}`);
    }
  };
  walk(dir, '/');
  return paths;
}

/** Writes the three forms of `map` into `dir` (also used by the rebuild service when it completes a map). */
export function writeUrlMap(dir: string, map: UrlMap): void {
  const write = (name: string, text: string) => {
    const file = path.join(dir, name);
    // Replaced, never written through: in the rebuild service a build's files may be hard links to the live build's.
    fs.rmSync(file, { force: true });
    fs.writeFileSync(file, text);
  };
  write(URL_MAP_FILE, `${JSON.stringify(map)}\n`);
  write(NGINX_REDIRECTS_FILE, nginxRedirectsConf(map));
  write(NETLIFY_REDIRECTS_FILE, netlifyRedirects(map));
}

/** The map a built directory carries, or an empty one (a build from before issue 25). */
export function readUrlMap(dir: string): UrlMap {
  const file = path.join(dir, URL_MAP_FILE);
  if (!fs.existsSync(file)) return { redirects: {}, gone: [] };
  return JSON.parse(fs.readFileSync(file, 'utf8')) as UrlMap;
}

export function readUrlRecords(dir: string): UrlRecord[] {
  const file = path.join(dir, URL_RECORDS_FILE);
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as UrlRecord[]) : [];
}

export function urlMap(): AstroIntegration {
  let base = '/';
  return {
    name: 'portal:url-map',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const outDir = path.resolve(fileURLToPath(dir));
        const map = expandUrlMap(readUrlRecords(outDir), servedPaths(outDir));
        // The map stays relative to the unit's site (as the url check compares it); its base puts the nginx and
        // Netlify forms under a path prefix.
        writeUrlMap(outDir, base === '/' ? map : { ...map, base });
        logger.info(`${Object.keys(map.redirects).length} redirect(s), ${map.gone.length} gone address(es)`);
      },
    },
  };
}
