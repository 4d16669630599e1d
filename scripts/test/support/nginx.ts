/**
 * A real nginx for tests of the generated redirect snippet (issue 25): installed with apt when missing, run in the
 * foreground as the current user (root on CI and here) on a free loopback port with a throwaway config, serving a
 * built site directory with `nginx-redirects.conf` included, as an operator's server block would.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { getFreePort } from '../../src/free-port.ts';
import { aptInstall } from './apt.ts';

function nginxBinary(): string {
  for (const candidate of ['/usr/sbin/nginx', '/usr/bin/nginx']) if (fs.existsSync(candidate)) return candidate;
  aptInstall('nginx');
  for (const candidate of ['/usr/sbin/nginx', '/usr/bin/nginx']) if (fs.existsSync(candidate)) return candidate;
  throw new Error('nginx is not installed and apt-get could not install it');
}

export interface TestNginx {
  url: string;
  stop(): Promise<void>;
}

/** nginx serving a built site directory with its redirect snippet, as an operator's server block would. */
export function startNginx(root: string): Promise<TestNginx> {
  const snippet = path.join(root, 'nginx-redirects.conf');
  return startNginxWith(
    (port) => `  server {
    listen 127.0.0.1:${port};
    root ${root};
    absolute_redirect off;
    error_page 404 /404.html;
    include ${snippet};
    location / { try_files $uri $uri/index.html =404; }
  }`,
  );
}

const BROTLI_STATIC_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

/** The module that serves `.br` copies (Debian: libnginx-mod-http-brotli-static), installed with apt when missing. */
export function brotliStaticModule(): string {
  if (!fs.existsSync(BROTLI_STATIC_MODULE)) aptInstall('libnginx-mod-http-brotli-static');
  if (!fs.existsSync(BROTLI_STATIC_MODULE)) throw new Error('apt-get could not install libnginx-mod-http-brotli-static');
  return BROTLI_STATIC_MODULE;
}

/**
 * nginx with the given `server` blocks (written for the free port it gets) inside its `http { }`, and `main` lines
 * (e.g. load_module) before it.
 */
export async function startNginxWith(servers: (port: number) => string, main = ''): Promise<TestNginx> {
  const binary = nginxBinary();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-nginx-'));
  const port = await getFreePort();
  const conf = path.join(dir, 'nginx.conf');
  fs.writeFileSync(
    conf,
    `daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
${os.userInfo().uid === 0 ? 'user root;' : ''}
${main}
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
${servers(port)}
}
`,
  );
  execFileSync(binary, ['-t', '-c', conf, '-p', dir], { stdio: 'pipe' });
  const child: ChildProcess = spawn(binary, ['-c', conf, '-p', dir], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt += 1) {
    try {
      await fetch(`${url}/`, { redirect: 'manual' });
      break;
    } catch (error) {
      if (attempt > 100 || child.exitCode !== null) {
        throw new Error(`nginx did not start: ${fs.existsSync(`${dir}/error.log`) ? fs.readFileSync(`${dir}/error.log`, 'utf8') : String(error)}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return {
    url,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGQUIT');
        await exited;
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
