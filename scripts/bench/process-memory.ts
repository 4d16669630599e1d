/**
 * Memory of the processes a benchmark started, read from /proc (Linux only): the summed resident set size of every
 * descendant of this process, and which unit's build each belongs to. A unit's `astro build` runs with PORTAL_UNIT in
 * its environment and its own children inherit it, so the label attributes memory exactly even when two units build
 * at once; whatever has no label (the CMS, a Pagefind binary) is counted in the total but named by no unit.
 */
import fs from 'node:fs';

export interface ProcessSample {
  at: number;
  /** Summed RSS in bytes of the descendants, those under `exclude` left out. */
  totalBytes: number;
  /** RSS in bytes per PORTAL_UNIT label, for the descendants that have one. */
  byUnit: Map<string, number>;
}

/** pid → ppid of every process visible in /proc. */
function parents(): Map<number, number> {
  const result = new Map<number, number>();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name may hold spaces and parentheses: the fields after the last ")" are fixed.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      result.set(Number(name), Number(fields[1]));
    } catch {
      // The process ended while we looked.
    }
  }
  return result;
}

function rssBytes(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

const labels = new Map<number, string | null>();
/** PORTAL_UNIT of a process (read once per pid: a process's initial environment does not change). */
function unitLabel(pid: number): string | null {
  if (labels.has(pid)) return labels.get(pid)!;
  let label: string | null = null;
  try {
    const entry = fs.readFileSync(`/proc/${pid}/environ`, 'latin1').split('\0').find((pair) => pair.startsWith('PORTAL_UNIT='));
    label = entry ? entry.slice('PORTAL_UNIT='.length) : null;
  } catch {
    return null;
  }
  labels.set(pid, label);
  return label;
}

/** One reading of the descendants of `root`, leaving out the subtrees of the `exclude` pids (e.g. the CMS). */
export function sampleDescendants(root: number, exclude: ReadonlySet<number> = new Set()): ProcessSample {
  const children = new Map<number, number[]>();
  for (const [pid, ppid] of parents()) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  const sample: ProcessSample = { at: Date.now(), totalBytes: 0, byUnit: new Map() };
  const stack = [...(children.get(root) ?? [])];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    if (exclude.has(pid)) continue;
    stack.push(...(children.get(pid) ?? []));
    const rss = rssBytes(pid);
    sample.totalBytes += rss;
    const label = unitLabel(pid);
    if (label !== null) sample.byUnit.set(label, (sample.byUnit.get(label) ?? 0) + rss);
  }
  return sample;
}

export interface UnitMemory {
  /** Highest summed RSS of all descendants (CMS excluded) seen while the unit's build processes ran. */
  peakBytes: number;
  /** Highest RSS of the unit's own build processes. */
  peakOwnBytes: number;
  /** When its build processes were first and last seen. */
  firstSeen: number;
  lastSeen: number;
}

export interface MemorySampler {
  /** Per unit (PORTAL_UNIT label), since start or the last reset. */
  units(): Map<string, UnitMemory>;
  /** Highest total over the whole sampling. */
  peakTotalBytes(): number;
  /** Highest RSS of this process itself (the rebuild services, the search indexing run in it). */
  peakSelfBytes(): number;
  reset(): void;
  stop(): void;
}

/** Samples every `intervalMs` and attributes each reading's total to the units building at that moment. */
export function startMemorySampler(options: { intervalMs?: number; exclude?: () => Iterable<number> } = {}): MemorySampler {
  let units = new Map<string, UnitMemory>();
  let peakTotal = 0;
  let peakSelf = 0;
  const tick = () => {
    const sample = sampleDescendants(process.pid, new Set(options.exclude?.() ?? []));
    peakTotal = Math.max(peakTotal, sample.totalBytes);
    peakSelf = Math.max(peakSelf, process.memoryUsage.rss());
    for (const [unit, own] of sample.byUnit) {
      const known = units.get(unit);
      if (known === undefined) {
        units.set(unit, { peakBytes: sample.totalBytes, peakOwnBytes: own, firstSeen: sample.at, lastSeen: sample.at });
      } else {
        known.peakBytes = Math.max(known.peakBytes, sample.totalBytes);
        known.peakOwnBytes = Math.max(known.peakOwnBytes, own);
        known.lastSeen = sample.at;
      }
    }
  };
  tick();
  const timer = setInterval(tick, options.intervalMs ?? 200);
  timer.unref();
  return {
    units: () => units,
    peakTotalBytes: () => peakTotal,
    peakSelfBytes: () => peakSelf,
    reset() {
      units = new Map();
      peakTotal = 0;
      peakSelf = 0;
    },
    stop: () => clearInterval(timer),
  };
}
