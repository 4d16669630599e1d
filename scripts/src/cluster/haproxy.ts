import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { stopChild } from '../child-process.ts';

export interface Backend {
  name: string;
  host: string;
  port: number;
}

/** What HAProxy asks a backend every second: the CMS's `GET /_health` (204) by default. */
export interface HealthCheck {
  path: string;
  status: number;
}
const CMS_HEALTH: HealthCheck = { path: '/_health', status: 204 };

/**
 * HAProxy in front of the CMS instances (or the rebuild services: `check` GET /active 200, docs/cluster.md). An
 * instance is taken out after two failed health checks a second apart (Strapi's GET /_health answers 204), its
 * sessions cut (it is dead or stuck), and back in after two good ones. A stopping instance answers its health check
 * 404 (cms/src/server/graceful-stop.ts): `disable-on-404` takes it out of load balancing at the first such answer
 * without cutting what it is still answering. A request whose connection fails, or that gets no answer from an
 * instance that just died, is retried on another instance (`retries` + `option redispatch`); only connection failures
 * are retried for writes, so a POST is never sent twice.
 */
export function haproxyConfig(options: { host: string; port: number; backends: Backend[]; check?: HealthCheck }): string {
  const check = options.check ?? CMS_HEALTH;
  return `global
  maxconn 4096
  log stdout format raw local0

defaults
  mode http
  log global
  # One line per failed or cut request (termination state codes, docs/cluster.md), none for the normal ones.
  option httplog
  option dontlog-normal
  timeout connect 2s
  timeout client 60s
  timeout server 60s
  timeout queue 30s
  timeout http-request 30s
  option forwardfor
  retries 3
  option redispatch 1
  retry-on conn-failure empty-response response-timeout 503

frontend portal_cms
  bind ${options.host}:${options.port}
  default_backend strapi

backend strapi
  balance roundrobin
  http-request disable-l7-retry if !METH_GET !METH_HEAD
  option httpchk GET ${check.path}
  http-check expect status ${check.status}
  http-check disable-on-404
  default-server inter 1s fall 2 rise 2 on-marked-down shutdown-sessions
${options.backends.map((backend) => `  server ${backend.name} ${backend.host}:${backend.port} check`).join('\n')}
`;
}

export interface HaproxyProcess {
  url: string;
  child: ChildProcess;
  output(): string;
  stop(): Promise<void>;
}

export const HAPROXY_BIN = process.env.HAPROXY_BIN || (fs.existsSync('/usr/sbin/haproxy') ? '/usr/sbin/haproxy' : 'haproxy');

/** Writes the config into `dir` and runs HAProxy in the foreground; resolves once it accepts connections. */
export async function startHaproxy(options: {
  host: string;
  port: number;
  backends: Backend[];
  dir: string;
  check?: HealthCheck;
}): Promise<HaproxyProcess> {
  const check = options.check ?? CMS_HEALTH;
  fs.mkdirSync(options.dir, { recursive: true });
  const configFile = path.join(options.dir, 'haproxy.cfg');
  fs.writeFileSync(configFile, haproxyConfig(options));
  const child = spawn(HAPROXY_BIN, ['-db', '-f', configFile], { stdio: ['ignore', 'pipe', 'pipe'] });
  // Its log (failed requests, servers going down or up) is also kept in dir/haproxy.log.
  const logFile = fs.createWriteStream(path.join(options.dir, 'haproxy.log'), { flags: 'a' });
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
    logFile.write(chunk);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  child.once('close', () => logFile.end());
  const spawned = new Promise<void>((resolve, reject) => {
    child.once('error', (error) => reject(new Error(`Could not run ${HAPROXY_BIN} (install it: apt-get install -y haproxy): ${error.message}`)));
    child.once('spawn', () => resolve());
  });
  await spawned;
  const url = `http://${options.host}:${options.port}`;
  const haproxy: HaproxyProcess = { url, child, output: () => output, stop: () => stopChild(child, 5_000) };
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`HAProxy exited (${child.exitCode}):\n${output}`);
    try {
      const response = await fetch(`${url}${check.path}`, { signal: AbortSignal.timeout(2_000) });
      if (response.status === check.status) return haproxy;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await haproxy.stop();
      throw new Error(`HAProxy did not pass requests to a backend within 15 s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
