/**
 * Turns a stream of change notifications into as few builds as possible: waits for a quiet period (debounce) before
 * building, never runs two builds at once, and folds everything that arrives during a build into one follow-up build.
 */

export interface SchedulerOptions {
  /** Quiet time after the last notification before a build starts, in ms. */
  debounceMs: number;
  /** Longest a notification waits for its build while notifications keep coming, in ms (≥ debounceMs). */
  maxWaitMs: number;
  /** Runs one build for the given reasons. Must not reject; failures are the runner's to record. */
  runBuild: (reasons: string[]) => Promise<void>;
}

export interface SchedulerState {
  running: boolean;
  /** Notifications waiting for the next build. */
  pending: number;
  /** When the oldest waiting notification arrived (ms since epoch), or null. */
  pendingSince: number | null;
}

export class RebuildScheduler {
  readonly #options: SchedulerOptions;
  #pending: string[] = [];
  #firstPendingAt: number | null = null;
  #lastPendingAt = 0;
  #running = false;
  #timer: NodeJS.Timeout | undefined;
  #idleWaiters: Array<() => void> = [];
  #closed = false;

  constructor(options: SchedulerOptions) {
    if (!(options.debounceMs >= 0) || !(options.maxWaitMs >= options.debounceMs)) {
      throw new RangeError(`Need 0 ≤ debounceMs ≤ maxWaitMs, got ${options.debounceMs} and ${options.maxWaitMs}.`);
    }
    this.#options = options;
  }

  /** Records a change; a build follows once things are quiet (or after maxWaitMs at the latest). */
  request(reason: string): void {
    if (this.#closed) return;
    const now = Date.now();
    this.#pending.push(reason);
    this.#firstPendingAt ??= now;
    this.#lastPendingAt = now;
    // During a build, the follow-up is scheduled when it ends.
    if (!this.#running) this.#schedule();
  }

  get state(): SchedulerState {
    return { running: this.#running, pending: this.#pending.length, pendingSince: this.#firstPendingAt };
  }

  /** Resolves once no build is running or waiting. */
  idle(): Promise<void> {
    if (!this.#running && this.#pending.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.#idleWaiters.push(resolve));
  }

  /** Drops waiting notifications and stops scheduling; a running build finishes. */
  close(): void {
    this.#closed = true;
    clearTimeout(this.#timer);
    this.#pending = [];
    this.#firstPendingAt = null;
    if (!this.#running) this.#notifyIdle();
  }

  #schedule(): void {
    clearTimeout(this.#timer);
    const now = Date.now();
    const quietAt = this.#lastPendingAt + this.#options.debounceMs;
    const deadline = (this.#firstPendingAt ?? now) + this.#options.maxWaitMs;
    this.#timer = setTimeout(() => void this.#fire(), Math.max(0, Math.min(quietAt, deadline) - now));
  }

  async #fire(): Promise<void> {
    if (this.#running || this.#pending.length === 0) return;
    const reasons = this.#pending;
    this.#pending = [];
    this.#firstPendingAt = null;
    this.#running = true;
    try {
      await this.#options.runBuild(reasons);
    } catch {
      // runBuild records its own failures; a throw here must not stop later builds.
    } finally {
      this.#running = false;
    }
    if (this.#pending.length > 0 && !this.#closed) this.#schedule();
    else this.#notifyIdle();
  }

  #notifyIdle(): void {
    const waiters = this.#idleWaiters;
    this.#idleWaiters = [];
    for (const resolve of waiters) resolve();
  }
}
