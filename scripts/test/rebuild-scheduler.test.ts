import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RebuildScheduler } from '../src/rebuild/scheduler.ts';

/** A build that takes `ms` of (fake) time and records the reasons it was given. */
function recordingBuilds(ms: number) {
  const builds: string[][] = [];
  const runBuild = async (reasons: string[]) => {
    builds.push(reasons);
    await new Promise((resolve) => setTimeout(resolve, ms));
  };
  return { builds, runBuild };
}

describe('RebuildScheduler', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('waits for a quiet period and folds a burst of changes into one build', async () => {
    const { builds, runBuild } = recordingBuilds(100);
    const scheduler = new RebuildScheduler({ debounceMs: 500, maxWaitMs: 10_000, runBuild });
    for (let n = 0; n < 5; n += 1) {
      scheduler.request(`entry.update #${n}`);
      await vi.advanceTimersByTimeAsync(200);
    }
    expect(builds).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(300);
    expect(builds).toEqual([['entry.update #0', 'entry.update #1', 'entry.update #2', 'entry.update #3', 'entry.update #4']]);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(builds).toHaveLength(1);
  });

  it('runs one build at a time and coalesces what arrives meanwhile into one follow-up build', async () => {
    const { builds, runBuild } = recordingBuilds(5_000);
    const scheduler = new RebuildScheduler({ debounceMs: 100, maxWaitMs: 1_000, runBuild });
    scheduler.request('entry.publish');
    await vi.advanceTimersByTimeAsync(100);
    expect(scheduler.state.running).toBe(true);
    // Arrivals during the build, spread beyond maxWaitMs: none may start a second, parallel build.
    for (const event of ['entry.update', 'media.create', 'entry.unpublish']) {
      scheduler.request(event);
      await vi.advanceTimersByTimeAsync(1_200);
    }
    expect(builds).toHaveLength(1);
    expect(scheduler.state).toMatchObject({ running: true, pending: 3 });
    await vi.advanceTimersByTimeAsync(5_000);
    expect(builds).toEqual([['entry.publish'], ['entry.update', 'media.create', 'entry.unpublish']]);
    const idle = scheduler.idle();
    await vi.advanceTimersByTimeAsync(5_000);
    await idle;
    expect(builds).toHaveLength(2);
    expect(scheduler.state).toEqual({ running: false, pending: 0, pendingSince: null });
  });

  it('builds after maxWaitMs even while changes keep coming', async () => {
    const { builds, runBuild } = recordingBuilds(10);
    const scheduler = new RebuildScheduler({ debounceMs: 500, maxWaitMs: 2_000, runBuild });
    for (let elapsed = 0; elapsed < 2_000; elapsed += 250) {
      scheduler.request('entry.update');
      await vi.advanceTimersByTimeAsync(250);
    }
    expect(builds).toHaveLength(1);
    scheduler.close();
  });

  it('keeps scheduling after a build throws', async () => {
    let calls = 0;
    const scheduler = new RebuildScheduler({
      debounceMs: 10,
      maxWaitMs: 10,
      runBuild: async () => {
        calls += 1;
        throw new Error('boom');
      },
    });
    scheduler.request('a');
    await vi.advanceTimersByTimeAsync(20);
    scheduler.request('b');
    await vi.advanceTimersByTimeAsync(20);
    expect(calls).toBe(2);
  });

  it('rejects a debounce longer than the maximum wait', () => {
    expect(() => new RebuildScheduler({ debounceMs: 5_000, maxWaitMs: 1_000, runBuild: async () => {} })).toThrow(RangeError);
  });
});
