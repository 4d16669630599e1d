import type { RebuildService } from '../src/rebuild/rebuild-service.ts';

/** Runs the rebuild service's first build (past its debounce) and returns it; throws when it did not go live. */
export async function initialBuild(service: RebuildService, debounceMs: number) {
  service.request('bench: initial build');
  await new Promise((resolve) => setTimeout(resolve, debounceMs + 50));
  await service.idle();
  const status = service.status();
  if (!status.lastSuccess || status.currentBuildId !== status.lastSuccess.id) {
    throw new Error(`The initial build failed: ${status.lastFailure?.reason ?? 'unknown reason'}`);
  }
  return status.lastSuccess;
}
