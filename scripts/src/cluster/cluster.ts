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
  /** Called with each instance once it is up (to pipe its log, say). */
  onStart?: (index: number, cms: CmsProcess) => void;
}

export interface Cluster {
  url: string;
  haproxy: HaproxyProcess;
  /** Direct addresses of the instances, by index (they keep their port across restarts). */
  instanceUrls: string[];
  instance(index: number): CmsProcess;
  /** Starts instance `index` again on its port (after it stopped or was killed). */
  restart(index: number): Promise<CmsProcess>;
  stop(): Promise<void>;
}

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

  const boot = async (index: number) => {
    const cms = await startCms({
      host: options.host,
      port: ports[index]!,
      // Behind HAProxy: X-Forwarded-For carries the visitor, whom the rate limits count; links use HAProxy's URL.
      env: { PUBLIC_URL: url, TRUST_PROXY: 'true', ...options.env },
      timeoutMs: 300_000,
    });
    instances[index] = cms;
    options.onStart?.(index, cms);
    return cms;
  };

  const stopInstances = () => Promise.all(instances.map((cms) => cms?.stop()));
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
    instance: (index) => instances[index]!,
    restart: boot,
    async stop() {
      await haproxy.stop();
      await stopInstances();
    },
  };
}
