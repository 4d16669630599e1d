import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { refuse } from '@portal/shared-types/docx';

/** LibreOffice's command on PATH (Debian package libreoffice-writer), or null. */
export function findSoffice(): string | null {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    for (const name of ['soffice', 'libreoffice']) {
      const candidate = path.join(dir, name);
      if (dir && fs.existsSync(candidate)) return candidate;
    }
  }
  return null;
}

/** An old binary .doc → .docx bytes through LibreOffice in headless mode; null when LibreOffice is not installed. */
export function docConverter(soffice: string | null = findSoffice()): ((bytes: Buffer) => Promise<Buffer>) | null {
  if (!soffice) return null;
  return async (bytes) => {
    const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'word-import-'));
    try {
      const input = path.join(dir, 'input.doc');
      await fs.promises.writeFile(input, bytes);
      // A private profile dir: a running LibreOffice of the same user would otherwise swallow the conversion.
      await promisify(execFile)(soffice, [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'docx', '--outdir', dir, input], {
        timeout: 120_000,
      }).catch(() => undefined);
      const converted = path.join(dir, 'input.docx');
      if (!fs.existsSync(converted)) refuse('doc-conversion-failed', 'Không chuyển đổi được tệp .doc sang .docx (tệp hỏng hoặc được đặt mật khẩu).');
      return await fs.promises.readFile(converted);
    } finally {
      await fs.promises.rm(dir, { recursive: true, force: true });
    }
  };
}
