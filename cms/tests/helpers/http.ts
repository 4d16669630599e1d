/** Minimal HTTP helpers for talking to the CMS under test. */
export interface JsonResponse<T = unknown> {
  status: number;
  body: T;
}

export async function request<T = any>(
  url: string,
  options: { method?: string; token?: string; body?: unknown } = {},
): Promise<JsonResponse<T>> {
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

/** Logs into the admin API and returns the admin JWT (what the admin panel uses). */
export async function adminLogin(baseUrl: string, email: string, password: string): Promise<string> {
  const { status, body } = await request<{ data?: { token?: string } }>(`${baseUrl}/admin/login`, {
    method: 'POST',
    body: { email, password },
  });
  const token = body?.data?.token;
  if (status !== 200 || !token) throw new Error(`Admin login failed (${status}): ${JSON.stringify(body)}`);
  return token;
}
