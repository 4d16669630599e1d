/**
 * The W3C Nu HTML Checker (vnu-jar) over built or rendered pages. Every file goes to ONE Java process: the JVM's
 * start-up costs seconds, checking a page milliseconds.
 */
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
/** The package's main export is the path of its vnu.jar. */
const VNU_JAR = String(require('vnu-jar'));
const JAVA = process.env.JAVA || 'java';

export interface HtmlError {
  /** The checked file's path. */
  file: string;
  line?: number;
  message: string;
  /** The markup around the error. */
  extract?: string;
}

interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

/** The errors (not warnings) the checker finds in the given HTML files; [] when they are all valid. */
export function htmlErrors(files: readonly string[]): Promise<HtmlError[]> {
  if (files.length === 0) return Promise.reject(new Error('htmlErrors: no files to check'));
  const args = ['-jar', VNU_JAR, '--format', 'json', '--errors-only', '--stdout', ...files];
  return new Promise((resolve, reject) => {
    // The checker exits 1 when it finds errors: read its JSON report whatever the exit code.
    execFile(JAVA, args, { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      let report: { messages: VnuMessage[] };
      try {
        report = JSON.parse(stdout) as { messages: VnuMessage[] };
      } catch {
        const missing = (error as NodeJS.ErrnoException | null)?.code === 'ENOENT';
        reject(
          new Error(
            missing
              ? `Java not found (${JAVA}): the Nu HTML Checker needs Java 11 or later (apt-get install default-jre-headless, or set JAVA).`
              : `The Nu HTML Checker failed: ${stderr || error?.message}`,
          ),
        );
        return;
      }
      resolve(
        report.messages
          .filter((message) => message.type !== 'info')
          .map((message) => ({
            file: message.url?.startsWith('file:') ? fileURLToPath(message.url) : (message.url ?? '?'),
            ...(message.lastLine === undefined ? {} : { line: message.lastLine }),
            message: message.message,
            ...(message.extract === undefined ? {} : { extract: message.extract }),
          })),
      );
    });
  });
}

/** One line per error, for a readable test failure. */
export function describeHtmlError(error: HtmlError, root = ''): string {
  const file = root && error.file.startsWith(root) ? error.file.slice(root.length) : error.file;
  return `${file}${error.line === undefined ? '' : `:${error.line}`}: ${error.message}${error.extract ? ` — ${error.extract.trim()}` : ''}`;
}
