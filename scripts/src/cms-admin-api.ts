/**
 * Talking JSON to a CMS over HTTP: one request helper, admin sign-in and API-token creation. Shared by the benchmarks
 * and the integration tests (cms/tests/helpers/http.ts).
 */

export interface JsonResponse<T = unknown> {
  status: number;
  body: T;
}

export interface JsonRequestOptions {
  method?: string;
  /** Sent as a bearer token: an API token or an admin JWT. */
  token?: string;
  /** Serialised as JSON. */
  body?: unknown;
}

/** Sends one request and returns the status and the parsed body (the raw text when not JSON); never throws on a status. */
export async function requestJson<T = any>(url: string, options: JsonRequestOptions = {}): Promise<JsonResponse<T>> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(url, {
    method: options.method ?? 'GET',
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text === '' ? null : JSON.parse(text);
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, body: body as T };
}

/** Like requestJson, but returns only the body and throws on any non-2xx status (with the start of the body). */
export async function fetchJson<T = any>(url: string, options: JsonRequestOptions = {}): Promise<T> {
  const { status, body } = await requestJson<T>(url, options);
  if (status < 200 || status > 299) {
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    throw new Error(`${options.method ?? 'GET'} ${url} → HTTP ${status}: ${text.slice(0, 500)}`);
  }
  return body;
}

/** Logs into the admin API and returns the admin JWT (what the admin panel uses). */
export async function adminLogin(baseUrl: string, email: string, password: string): Promise<string> {
  const { status, body } = await requestJson<{ data?: { token?: string } }>(`${baseUrl}/admin/login`, {
    method: 'POST',
    body: { email, password },
  });
  const token = body?.data?.token;
  if (status !== 200 || !token) throw new Error(`Admin login failed (${status}): ${JSON.stringify(body)}`);
  return token;
}

/** Creates a non-expiring API token with an admin JWT and returns its plain access key (shown only once). */
export async function createApiToken(
  baseUrl: string,
  adminJwt: string,
  token: { name: string; description: string; type: 'read-only' | 'full-access' },
): Promise<string> {
  const created = await fetchJson<{ data: { accessKey: string } }>(`${baseUrl}/admin/api-tokens`, {
    method: 'POST',
    token: adminJwt,
    body: { ...token, lifespan: null },
  });
  return created.data.accessKey;
}
