import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startReplayServer } from '../src/snapshot/replay-server.ts';
import { readSnapshot, referencedUploads, SnapshotFileError, writeSnapshot, type Snapshot } from '../src/snapshot/snapshot-file.ts';

const snapshot: Snapshot = {
  format: 'portal-cms-snapshot',
  version: 1,
  createdAt: '2026-01-01T00:00:00.000Z',
  cmsUrl: 'http://cms.local:1337',
  responses: {
    '/api/articles?pagination[page]=1': { status: 200, contentType: 'application/json', body: '{"data":[{"cover":{"url":"/uploads/a.jpg"}}]}' },
  },
  files: { '/uploads/a b.jpg': { contentType: 'image/jpeg', base64: Buffer.from('JPEG').toString('base64') } },
};

describe('snapshot files', () => {
  it('round-trip through a file and refuse anything else', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-snap-'));
    const file = path.join(dir, 'snap.json');
    writeSnapshot(file, snapshot);
    expect(readSnapshot(file)).toEqual(snapshot);
    fs.writeFileSync(file, '{"format":"other"}');
    expect(() => readSnapshot(file)).toThrow(SnapshotFileError);
    expect(() => readSnapshot(path.join(dir, 'missing.json'))).toThrow(/Cannot read the snapshot/);
    fs.rmSync(dir, { recursive: true });
  });

  it('finds the uploaded files the responses reference', () => {
    const bodies = [
      '{"url":"/uploads/a.jpg","formats":{"small":{"url":"/uploads/small_a.jpg"}}}',
      '{"url":"http://cms.local:1337/uploads/b.png","other":"https://elsewhere.example/uploads/c.png"}',
    ];
    expect(referencedUploads(bodies, 'http://cms.local:1337/')).toEqual(['/uploads/a.jpg', '/uploads/b.png', '/uploads/small_a.jpg']);
  });
});

describe('the replay server', () => {
  it('answers recorded requests exactly and 404s the rest, listing them', async () => {
    const replay = await startReplayServer(snapshot);
    try {
      const hit = await fetch(`${replay.url}/api/articles?pagination[page]=1`);
      expect(hit.status).toBe(200);
      expect(await hit.text()).toBe(snapshot.responses['/api/articles?pagination[page]=1']!.body);
      const file = await fetch(`${replay.url}/uploads/a%20b.jpg`);
      expect(Buffer.from(await file.arrayBuffer()).toString()).toBe('JPEG');
      expect((await fetch(`${replay.url}/api/articles?pagination[page]=2`)).status).toBe(404);
      expect(replay.misses).toEqual(['/api/articles?pagination[page]=2']);
    } finally {
      await replay.close();
    }
  });
});
