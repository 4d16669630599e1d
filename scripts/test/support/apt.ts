/** Installs a Debian package for a test that needs a real tool (as the tests do for Chromium, nginx, LibreOffice). */
import { execFileSync } from 'node:child_process';

const run = (args: string[]) =>
  execFileSync('apt-get', args, { stdio: 'ignore', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }, timeout: 600_000 });

export function aptInstall(name: string): void {
  const install = () => run(['install', '-y', '--no-install-recommends', name]);
  try {
    install();
  } catch {
    // A fresh machine has no package lists yet.
    run(['update', '-qq']);
    install();
  }
}
