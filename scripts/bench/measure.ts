import { spawn, type SpawnOptions } from 'node:child_process';
import fs from 'node:fs';

export interface Measurement {
  ms: number;
  /** Peak resident memory of the process tree, sampled every 50 ms. */
  peakRssMb: number;
  /** What the command printed (stdout and stderr). */
  output: string;
}

/** Resident set size (KiB) of a pid and all its descendants, read from /proc. */
function treeRssKb(root: number): number {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // the process ended meanwhile
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    try {
      const match = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
      total += Number(match?.[1] ?? 0);
    } catch {
      // gone
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Runs a command, timing it and sampling the peak memory of its process tree; rejects on failure. */
export function runMeasured(command: string, args: string[], options: SpawnOptions = {}): Promise<Measurement> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    let peakKb = 0;
    const sampler = setInterval(() => {
      if (child.pid) peakKb = Math.max(peakKb, treeRssKb(child.pid));
    }, 50);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(sampler);
      const ms = performance.now() - started;
      if (code === 0) resolve({ ms, peakRssMb: peakKb / 1024, output });
      else reject(new Error(`${command} ${args.join(' ')} failed (exit ${code}):\n${output.split('\n').slice(-30).join('\n')}`));
    });
  });
}
