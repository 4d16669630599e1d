/**
 * Reads Astro's build log: which pages were rendered and which the incremental build reused from the previous build
 * (printed as `├─ /path/index.html (cached)` or `(restored)`). For tests and benchmarks of incremental rebuilds.
 */

export interface PageGeneration {
  rendered: string[];
  reused: string[];
}

const ANSI = /\x1b\[[0-9;]*m/g;
const PAGE_LINE = /[├└]─ (\S+\.html)(.*)$/;

/** The log without its colours (Astro colours it when the environment asks for colour, as CI may). */
export function plainLog(log: string): string {
  return log.replace(ANSI, '');
}

export function pageGeneration(log: string): PageGeneration {
  const result: PageGeneration = { rendered: [], reused: [] };
  for (const line of plainLog(log).split('\n')) {
    const match = PAGE_LINE.exec(line);
    if (match === null) continue;
    const page = match[1]!.replace(/^\/?/, '/');
    if (/\((cached|restored)\)/.test(match[2]!)) result.reused.push(page);
    else result.rendered.push(page);
  }
  return result;
}
