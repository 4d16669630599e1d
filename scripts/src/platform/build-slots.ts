/**
 * Bounded concurrency for the units' builds: at most `size` run at once, the others wait their turn in order. Each
 * unit's rebuild service still runs one build at a time; this bounds them together (REBUILD_CONCURRENCY).
 */
export interface BuildSlots {
  /** Resolves with the release of a slot once one is free. */
  acquire(): Promise<() => void>;
  readonly size: number;
  running(): number;
  waiting(): number;
}

export function createBuildSlots(size: number): BuildSlots {
  if (!Number.isInteger(size) || size < 1) throw new Error(`The number of concurrent builds must be a whole number ≥ 1, got ${size}.`);
  let used = 0;
  const queue: Array<() => void> = [];
  const release = () => {
    const next = queue.shift();
    if (next) next();
    else used -= 1;
  };
  return {
    size,
    acquire() {
      return new Promise((resolve) => {
        // A released slot passes straight to the next waiter, so `used` only drops when nobody waits.
        const grant = () => {
          let released = false;
          resolve(() => {
            if (released) return;
            released = true;
            release();
          });
        };
        if (used < size) {
          used += 1;
          grant();
        } else {
          queue.push(grant);
        }
      });
    },
    running: () => used,
    waiting: () => queue.length,
  };
}
