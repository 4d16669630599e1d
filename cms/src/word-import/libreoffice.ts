import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { refuse } from '@portal/shared-types/docx';

/** A conversion that takes longer is given up (and its processes killed): a sane .doc converts in a few seconds. */
const CONVERSION_TIMEOUT_MS = 60_000;

/**
 * LibreOffice's command: `SOFFICE_BIN` when set (a path; missing there means "not installed"), else `soffice` or
 * `libreoffice` on PATH (Debian package libreoffice-writer-nogui); null when there is none.
 */
export function findSoffice(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.SOFFICE_BIN) return fs.existsSync(env.SOFFICE_BIN) ? env.SOFFICE_BIN : null;
  for (const dir of (env.PATH ?? '').split(path.delimiter)) {
    for (const name of ['soffice', 'libreoffice']) {
      const candidate = path.join(dir, name);
      if (dir && fs.existsSync(candidate)) return candidate;
    }
  }
  return null;
}

// A .doc may link images by URL; LibreOffice would fetch them while converting. Every protocol goes through a proxy
// on the discard port, where nothing answers, and links from an untrusted document are blocked outright.
const DEAD_PROXY = { host: '127.0.0.1', port: 9 };
const inetSetting = (name: string, value: string | number) =>
  `<item oor:path="/org.openoffice.Inet/Settings"><prop oor:name="${name}" oor:op="fuse"><value>${value}</value></prop></item>`;
const OFFLINE_PROFILE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop oor:name="BlockUntrustedRefererLinks" oor:op="fuse"><value>true</value></prop></item>
${inetSetting('ooInetProxyType', 2)}
${['HTTP', 'HTTPS', 'FTP'].map((scheme) => inetSetting(`ooInet${scheme}ProxyName`, DEAD_PROXY.host) + inetSetting(`ooInet${scheme}ProxyPort`, DEAD_PROXY.port)).join('\n')}
${inetSetting('ooInetNoProxy', '')}
</oor:items>
`;

/** Runs soffice; resolves when it exits, kills its whole process group (oosplash and soffice.bin) on timeout. */
function runSoffice(soffice: string, args: string[]): Promise<void> {
  return new Promise((resolve) => {
    const proxy = `http://${DEAD_PROXY.host}:${DEAD_PROXY.port}`;
    const child = spawn(soffice, args, {
      detached: true,
      stdio: 'ignore',
      env: { ...process.env, http_proxy: proxy, https_proxy: proxy, ftp_proxy: proxy, no_proxy: '' },
    });
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }, CONVERSION_TIMEOUT_MS);
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    child.once('error', done);
    child.once('exit', done);
  });
}

/** An old binary .doc → .docx bytes through LibreOffice in headless mode; null when LibreOffice is not installed. */
export function docConverter(soffice: string | null = findSoffice()): ((bytes: Buffer) => Promise<Buffer>) | null {
  if (!soffice) return null;
  return async (bytes) => {
    const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'word-import-'));
    try {
      const input = path.join(dir, 'input.doc');
      await fs.promises.writeFile(input, bytes);
      // A private profile dir per conversion: parallel conversions (and a running LibreOffice of the same user) would
      // otherwise hand the job to one another; it also carries the offline settings.
      const profile = path.join(dir, 'profile');
      await fs.promises.mkdir(path.join(profile, 'user'), { recursive: true });
      await fs.promises.writeFile(path.join(profile, 'user', 'registrymodifications.xcu'), OFFLINE_PROFILE);
      await runSoffice(soffice, [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--convert-to', 'docx', '--outdir', dir, input]);
      const converted = path.join(dir, 'input.docx');
      if (!fs.existsSync(converted)) refuse('doc-conversion-failed', 'Không chuyển đổi được tệp .doc sang .docx (tệp hỏng hoặc được đặt mật khẩu).');
      return await fs.promises.readFile(converted);
    } finally {
      await fs.promises.rm(dir, { recursive: true, force: true });
    }
  };
}
