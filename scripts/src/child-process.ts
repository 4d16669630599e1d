import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';

/** Runs a command to completion; rejects with its output tail when it fails. */
export function run(command: string, args: string[], options: SpawnOptions & { quiet?: boolean } = {}): Promise<string> {
  return startCommand(command, args, options).done;
}

/**
 * Starts a command; `done` resolves to its output (stdout and stderr) once it exits with 0, else rejects with the
 * output's tail. With `stdin: true` its input is a pipe the caller writes to, else it has none.
 */
export function startCommand(
  command: string,
  args: string[],
  options: SpawnOptions & { quiet?: boolean; stdin?: boolean } = {},
): { child: ChildProcess; done: Promise<string> } {
  const child = spawn(command, args, { stdio: [options.stdin ? 'pipe' : 'ignore', 'pipe', 'pipe'], ...options });
  const done = new Promise<string>((resolve, reject) => {
    let output = '';
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      if (!options.quiet) process.stdout.write(chunk);
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code === 0) resolve(output);
      else {
        const tail = output.split('\n').slice(-40).join('\n');
        reject(new Error(`${command} ${args.join(' ')} failed (${signal ?? `exit ${code}`}):\n${tail}`));
      }
    });
  });
  return { child, done };
}

/** Stops a child: SIGTERM (or `signal`), then SIGKILL if it is still alive after `graceMs`. */
export function stopChild(child: ChildProcess, graceMs = 10_000, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill(signal);
  });
}
