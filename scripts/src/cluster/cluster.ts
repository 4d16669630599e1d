import { startCms, type CmsProcess } from '../cms-process.ts';
import { getFreePort } from '../free-port.ts';
import { startHaproxy, type HaproxyProcess } from './haproxy.ts';

export interface ClusterOptions {
  host: string;
  /** HAProxy's port: the one address of the CMS. */
  port: number;
  instances: number;
  /** Environment shared by every instance: database, Redis, secrets (the same in all, so sessions and tokens work anywhere). */
  env: Record<string, string>;
  /** Where HAProxy's config is written. */
  dir: string;
  /**
   * How long an instance stopped with SIGTERM keeps serving while HAProxy takes it out of rotation (CMS_DRAIN_SECONDS,
   * default DRAIN_SECONDS).
   */
  drainSeconds?: number;
  /** Called with each instance once it is up (to pipe its log, say). */
  onStart?: (index: number, cms: CmsProcess) => void;
}

export interface Cluster {
  url: string;
  haproxy: HaproxyProcess;
  /** Direct addresses of the instances, by index (they keep their port across restarts). */
  instanceUrls: string[];
  /** CMS_DRAIN_SECONDS of every instance. */
  drainSeconds: number;
  instance(index: number): CmsProcess;
  /** Starts instance `index` again on its port (after it stopped or was killed). */
  restart(index: number): Promise<CmsProcess>;
  stop(): Promise<void>;
}

/**
 * A little more than HAProxy needs to see an instance's drain (its next health check, a second apart) and what a
 * request already sent to it takes; the CMS's own default is the same (cms/src/server/graceful-stop.ts).
 */
export const DRAIN_SECONDS = 5;

/**
 * N Strapi instances on one database and one Redis behind HAProxy. The first instance boots alone (it runs the
 * migrations and the seed), the others after it — startCms serialises boots anyway, since they read cms/dist.
 */
export async function startCluster(options: ClusterOptions): Promise<Cluster> {
  if (!Number.isInteger(options.instances) || options.instances < 1) throw new Error('A cluster needs at least one CMS instance.');
  const url = `http://${options.host}:${options.port}`;
  const ports: number[] = [];
  for (let index = 0; index < options.instances; index++) ports.push(await getFreePort(options.host));
  const instances: CmsProcess[] = [];
  const drainSeconds = options.drainSeconds ?? DRAIN_SECONDS;

  const boot = async (index: number) => {
    const cms = await startCms({
      host: options.host,
      port: ports[index]!,
      // Behind HAProxy: X-Forwarded-For carries the visitor, whom the rate limits count; links use HAProxy's URL.
      env: { PUBLIC_URL: url, TRUST_PROXY: 'true', CMS_DRAIN_SECONDS: String(drainSeconds), ...options.env },
      timeoutMs: 300_000,
    });
    instances[index] = cms;
    options.onStart?.(index, cms);
    return cms;
  };

  // All at once and without the drain (nobody would take their traffic): requests in flight finish, then each exits.
  const stopInstances = () => Promise.all(instances.map((cms) => cms?.stop('SIGINT')));
  let haproxy: HaproxyProcess;
  try {
    for (let index = 0; index < options.instances; index++) await boot(index);
    haproxy = await startHaproxy({
      host: options.host,
      port: options.port,
      dir: options.dir,
      backends: ports.map((port, index) => ({ name: `cms${index + 1}`, host: options.host, port })),
    });
  } catch (error) {
    await stopInstances();
    throw error;
  }

  return {
    url,
    haproxy,
    instanceUrls: ports.map((port) => `http://${options.host}:${port}`),
    drainSeconds,
    instance: (index) => instances[index]!,
    restart: boot,
    // The instances first, so that HAProxy still carries the answers to the requests they finish.
    async stop() {
      await stopInstances();
      await haproxy.stop();
    },
  };
}
