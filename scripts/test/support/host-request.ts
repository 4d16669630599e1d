/** A GET with a chosen Host header (fetch() cannot set Host; node:http can), for servers that route by hostname. */
import http from 'node:http';

export interface HostAnswer {
  status: number;
  text: string;
  location?: string;
}

export function getWithHost(base: string, host: string, pathAndQuery: string): Promise<HostAnswer> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const request = http.request({ host: url.hostname, port: url.port, path: pathAndQuery, headers: { host } }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, text, ...(response.headers.location ? { location: response.headers.location } : {}) }));
    });
    request.on('error', reject);
    request.end();
  });
}
