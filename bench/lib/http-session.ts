/** A signed-in user as a browser holds it: the session cookie, and the CSRF token for writes. */
export interface HttpSession {
  cookie: string;
  csrf: string;
  userId: string;
}

const SESSION_COOKIE = 'fx_session';

async function expectStatus(res: Response, status: number, what: string): Promise<void> {
  if (res.status !== status) throw new Error(`${what}: HTTP ${res.status} ${await res.text()}`);
}

/** Signs up over HTTP, exactly as the web app does. */
export async function signupOverHttp(
  baseUrl: string,
  body: { email: string; password: string; name: string },
): Promise<HttpSession> {
  const res = await fetch(`${baseUrl}/api/v1/auth/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  await expectStatus(res, 201, 'signup');
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0] ?? '')
    .find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  if (!cookie) throw new Error('signup: no session cookie');
  const json = (await res.json()) as { user: { id: string }; csrfToken: string };
  return { cookie, csrf: json.csrfToken, userId: json.user.id };
}

export async function postJson(
  baseUrl: string,
  session: HttpSession,
  path: string,
  body: unknown,
  expected = 201,
): Promise<unknown> {
  const res = await fetch(`${baseUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: session.cookie, 'x-csrf-token': session.csrf },
    body: JSON.stringify(body),
  });
  await expectStatus(res, expected, `POST ${path}`);
  return res.json();
}

/** GETs once with the session and returns the raw body, to check it and to feed the bare baseline. */
export async function getText(baseUrl: string, session: HttpSession, path: string): Promise<string> {
  const res = await fetch(`${baseUrl}${path}`, { headers: { cookie: session.cookie } });
  await expectStatus(res, 200, `GET ${path}`);
  return res.text();
}
