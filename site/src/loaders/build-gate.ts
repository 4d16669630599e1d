/**
 * SITE_BUILD_GATE=stdin: the build process was started ahead of time (scripts/src/site-build.ts prepareSiteBuild) and
 * the loaders wait for a line on stdin before they fetch anything. By then Node, Astro, the site's code and the data
 * store are loaded, so a rebuild begins at the content sync. End of input before that line means whoever prepared the
 * build is gone or no longer needs it: the process exits without building.
 */

let gate: Promise<void> | undefined;

/** Printed once the loaders wait (scripts/src/site-build.ts watches for it). */
export const GATE_WAITING = '[build-gate] waiting for the go-ahead on stdin';

export function buildGate(): Promise<void> {
  if (process.env['SITE_BUILD_GATE'] !== 'stdin') return Promise.resolve();
  gate ??= new Promise<void>((resolve) => {
    let received = '';
    const onData = (chunk: Buffer) => {
      received += chunk.toString();
      if (!received.includes('\n')) return;
      process.stdin.off('data', onData).off('end', onEnd);
      // Let the process end when the build does.
      process.stdin.destroy();
      resolve();
    };
    const onEnd = () => {
      console.error('[build-gate] input closed before the build was started; exiting without building');
      process.exit(0);
    };
    process.stdin.on('data', onData).on('end', onEnd);
    console.log(GATE_WAITING);
  });
  return gate;
}
