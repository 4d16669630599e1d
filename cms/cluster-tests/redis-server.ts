import { spawn, type ChildProcess } from 'node:child_process';
import { stopChild } from '../../scripts/src/child-process.ts';
import { redisAnswers } from '../../scripts/src/cluster/redis-ping.ts';

export interface PrivateRedis {
  url: string;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * A redis-server of the test's own on `port`, without persistence, that the test can stop and start again (the
 * machine's shared Redis must not be stopped).
 */
export function privateRedis(port: number): PrivateRedis {
  const url = `redis://127.0.0.1:${port}`;
  let child: ChildProcess | null = null;
  return {
    url,
    async start() {
      const server = spawn(process.env.REDIS_SERVER_BIN || 'redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
        stdio: 'ignore',
      });
      child = server;
      const deadline = Date.now() + 10_000;
      while (!(await redisAnswers(url, 500))) {
        if (server.exitCode !== null) throw new Error(`redis-server exited (${server.exitCode}) on port ${port}.`);
        if (Date.now() > deadline) throw new Error(`redis-server did not answer on port ${port} within 10 s.`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    async stop() {
      if (child) await stopChild(child, 5_000);
      child = null;
    },
  };
}
