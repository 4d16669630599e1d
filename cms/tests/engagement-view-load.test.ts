import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import { createRequire } from 'node:module';
import path from 'node:path';
import { expect, inject, it } from 'vitest';
import { request } from './helpers/http.ts';

/**
 * The view counter under load from a second process on loopback (autocannon): every beacon the server answered
 * with 2xx is in the stored count — no lost increments — and the content API keeps answering meanwhile.
 */
const cms = inject('cms');
const autocannonBin = path.join(path.dirname(createRequire(import.meta.url).resolve('autocannon/package.json')), 'autocannon.js');

interface AutocannonResult {
  '2xx': number;
  non2xx: number;
  errors: number;
  timeouts: number;
  duration: number;
  requests: { average: number };
}

/** Runs autocannon in its own Node process: `extra` is `['-d', seconds]` or `['-a', count]`. */
function autocannon(pagePath: string, extra: string[]): Promise<AutocannonResult> {
  return new Promise((resolve, reject) => {
    const args = [autocannonBin, '-j', '-c', '10', '-m', 'POST', '-H', 'content-type=text/plain', '-b', pagePath, ...extra, `${cms.url}/api/public/views`];
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`autocannon exited with ${code}: ${stderr}`));
      resolve(JSON.parse(stdout) as AutocannonResult);
    });
  });
}

const storedTotal = async (pagePath: string): Promise<number> => {
  await new Promise((resolve) => setTimeout(resolve, 1100)); // STATS_CACHE_SECONDS=1 in tests
  const { status, body } = await request(`${cms.url}/api/public/stats?path=${encodeURIComponent(pagePath)}`);
  expect(status).toBe(200);
  return body.data.page.total;
};

it('loses no count under ~10 s of concurrent beacons while GET /api/articles keeps answering', async () => {
  // Rounds of a fixed number of requests (each round ends only when every answer is in, so "2xx received" is exact),
  // sized from the last round's rate to about two seconds each, until ten seconds of load.
  let rate = (await autocannon(`/kiem-thu-tai/hieu-chinh-${crypto.randomUUID()}/`, ['-d', '1'])).requests.average;

  const pagePath = `/kiem-thu-tai/${crypto.randomUUID()}/`;
  const reads: Array<{ status: number; ms: number }> = [];
  let loading = true;
  const reader = (async () => {
    while (loading) {
      const started = performance.now();
      const { status } = await request(`${cms.url}/api/articles?pagination[pageSize]=5&fields[0]=title`);
      reads.push({ status, ms: performance.now() - started });
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  const total = { sent: 0, ok: 0, errors: 0, timeouts: 0, non2xx: 0, seconds: 0 };
  try {
    while (total.seconds < 10) {
      const amount = Math.max(100, Math.round(rate * 2));
      const round = await autocannon(pagePath, ['-a', String(amount)]);
      total.sent += amount;
      total.ok += round['2xx'];
      total.errors += round.errors;
      total.timeouts += round.timeouts;
      total.non2xx += round.non2xx;
      total.seconds += round.duration;
      rate = amount / Math.max(round.duration, 0.1);
    }
  } finally {
    loading = false;
    await reader;
  }

  expect({ errors: total.errors, timeouts: total.timeouts, non2xx: total.non2xx }).toEqual({ errors: 0, timeouts: 0, non2xx: 0 });
  expect(total.ok).toBe(total.sent);
  expect(await storedTotal(pagePath)).toBe(total.ok);

  expect(reads.length).toBeGreaterThanOrEqual(Math.floor(total.seconds)); // at least one read a second
  expect(reads.every((read) => read.status === 200)).toBe(true);
  const slowest = Math.max(...reads.map((read) => read.ms));
  expect(slowest).toBeLessThan(5000);
  console.info(
    `view beacons: ${total.ok} in ${total.seconds.toFixed(1)} s (${Math.round(total.ok / total.seconds)}/s); ` +
      `${reads.length} article reads meanwhile, slowest ${Math.round(slowest)} ms`,
  );
});
