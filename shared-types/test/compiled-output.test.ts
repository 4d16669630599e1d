/**
 * Tests of the compiled library, run in child processes.
 *
 * Why child processes: a Node process reads TZ when it starts, and vitest shares its workers' environment, so the
 * only robust way to prove "Asia/Ho_Chi_Minh whatever the machine's time zone" is to start fresh Node processes
 * with TZ set. They load JavaScript compiled by `tsc -p tsconfig.build.json` (the same compiler settings as
 * `pnpm run build`) into a private directory under .tmp/, so the test neither needs a prior build nor races with one,
 * and it does not depend on Node's TypeScript stripping. The directory sits inside the package so that `zod`
 * resolves from it. The same build is then loaded with require() from CommonJS, as the Strapi app does (Node ≥ 22.12
 * loads ES modules through require when they have no top-level await).
 */

import { execFileSync } from 'node:child_process';
import { mkdirSync, rmdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const outDir = join(packageDir, '.tmp', `compiled-test-${process.pid}-${Date.now()}`);
const indexFile = join(outDir, 'index.js');
const probeFile = fileURLToPath(new URL('./helpers/tz-probe.mjs', import.meta.url));
const tscFile = join(dirname(createRequire(import.meta.url).resolve('typescript/package.json')), 'bin', 'tsc');

const [nodeMajor = 0, nodeMinor = 0] = process.versions.node.split('.').map(Number);
const hasRequireEsm = nodeMajor > 22 || (nodeMajor === 22 && nodeMinor >= 12);

function runNode(args: string[], env: Record<string, string> = {}): string {
  return execFileSync(process.execPath, args, {
    cwd: packageDir,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 30_000,
  });
}

beforeAll(() => {
  mkdirSync(outDir, { recursive: true });
  runNode([tscFile, '-p', join(packageDir, 'tsconfig.build.json'), '--outDir', outDir, '--declaration', 'false', '--declarationMap', 'false', '--sourceMap', 'false']);
}, 120_000);

afterAll(() => {
  rmSync(outDir, { recursive: true, force: true });
  // Leave no empty .tmp behind, but never touch a directory other runs are still using.
  try {
    rmdirSync(dirname(outDir)); // fails while not empty
  } catch {
    // another run still uses .tmp/
  }
});

const EXPECTED = {
  articleDate: '28/04/2021 17:20',
  pageTime: 'Thứ Hai, 06/04/2020 05:01',
  vietnamMidnight: '28/04/2021 00:00',
  dateOnly: 'Thứ Hai, 06/04/2020',
  wallClock: '28/04/2021 17:20',
  newYear: '2021-01-01',
  week: { year: 2020, week: 29 },
  weekRange: { start: '2020-07-13', end: '2020-07-19' },
};

describe('dates are Vietnamese whatever the machine time zone', () => {
  it.each([
    ['UTC', 0],
    ['America/New_York', 240],
    ['Pacific/Kiritimati', -840],
    ['Asia/Ho_Chi_Minh', -420],
  ])('TZ=%s', (timeZone, offsetMinutes) => {
    const output = JSON.parse(runNode([probeFile, indexFile], { TZ: timeZone })) as Record<string, unknown>;
    // The child really ran in that zone (offset in April 2021)…
    expect(output['machineOffsetMinutes']).toBe(offsetMinutes);
    // …and the library output did not move.
    expect(output).toEqual({ machineOffsetMinutes: offsetMinutes, ...EXPECTED });
  });
});

describe('the compiled module loads from CommonJS', () => {
  it.skipIf(!hasRequireEsm)('require() gives the named exports and they work', () => {
    const script = [
      `const lib = require(${JSON.stringify(indexFile)});`,
      `const parsed = lib.parseDocumentNumber('Số: 16 - HD/BTCTW');`,
      `const article = lib.articleSchema.safeParse({});`,
      `process.stdout.write(JSON.stringify({ normalized: parsed.value.normalized, roman: lib.toRoman(27), articleRejected: !article.success, kpiError: new lib.KpiInputError('plan', 'x').name }));`,
    ].join('\n');
    expect(JSON.parse(runNode(['-e', script]))).toEqual({
      normalized: '16-HD/BTCTW',
      roman: 'XXVII',
      articleRejected: true,
      kpiError: 'KpiInputError',
    });
  });
});
