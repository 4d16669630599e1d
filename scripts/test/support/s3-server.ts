import { createRequire } from 'node:module';
import type http from 'node:http';

/** The part of s3rver (an S3-protocol server on disk, no type declarations) the tests use. */
interface S3rverInstance {
  run(): Promise<unknown>;
  on(event: 'event', listener: (event: { Records: Array<{ eventName: string; s3: { object: { key: string } } }> }) => void): unknown;
  httpServer?: http.Server;
  logger: { silent: boolean };
}
type S3rverClass = new (options: Record<string, unknown>) => S3rverInstance;

export interface LocalS3 {
  endpoint: string;
  /** Keys written (PUT), in the order the server stored them. */
  puts: string[];
  /** Called with each stored key. */
  onPut(listener: (key: string) => void): void;
  start(): Promise<void>;
  /** Stops at once: open connections are cut, as when the server dies. */
  stop(): Promise<void>;
}

/** An s3rver on `port` storing into `directory` with `buckets`; stop() and start() again keep the stored objects. */
export function localS3(port: number, directory: string, buckets: string[]): LocalS3 {
  const S3rver = createRequire(import.meta.url)('s3rver') as S3rverClass;
  const puts: string[] = [];
  const listeners: Array<(key: string) => void> = [];
  let server: S3rverInstance | null = null;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    puts,
    onPut: (listener) => listeners.push(listener),
    async start() {
      const next = new S3rver({ address: '127.0.0.1', port, directory, silent: true, configureBuckets: buckets.map((name) => ({ name })) });
      next.on('event', (event) => {
        const record = event.Records[0];
        if (record?.eventName !== 'ObjectCreated:Put') return;
        puts.push(record.s3.object.key);
        for (const listener of listeners) listener(record.s3.object.key);
      });
      await next.run();
      server = next;
    },
    async stop() {
      const http = server?.httpServer;
      // Requests cut midway still log after the server closed its logger.
      if (server) server.logger.silent = true;
      server = null;
      if (!http) return;
      const closed = new Promise((resolve) => http.close(resolve));
      http.closeAllConnections();
      await closed;
    },
  };
}
