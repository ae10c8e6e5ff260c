import type { IncomingMessage, ServerResponse } from "node:http";
import { makeUser, userIdFor } from "../dataset/users";
import type { FakeOAuth } from "./fake-oauth";

// GitHub's web OAuth flow and the signed-in user's endpoints, as next-auth's GitHub
// provider uses them: the browser is sent to /login/oauth/authorize, comes back to the
// app with a code, the app exchanges it at /login/oauth/access_token and reads /user.
// Answered before the API pipeline: the token endpoint takes HTTP Basic client
// credentials, which the API would refuse as bad credentials.

const DOCS = "https://docs.github.com/apps/managing-oauth-apps/troubleshooting-oauth-app-access-token-request-errors";

export async function handleOAuthRequest(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  oauth: FakeOAuth,
  apiOrigin: string,
): Promise<boolean> {
  const route = `${req.method} ${url.pathname}`;
  if (route === "GET /login/oauth/authorize") authorize(res, url, oauth);
  else if (route === "POST /login/oauth/access_token") await accessToken(req, res, oauth);
  else if (route === "GET /user" || route === "GET /user/emails") currentUser(req, res, url.pathname, oauth, apiOrigin);
  else return false;
  return true;
}

function authorize(res: ServerResponse, url: URL, oauth: FakeOAuth): void {
  const query = url.searchParams;
  const clientId = query.get("client_id") ?? "";
  const redirectUri = query.get("redirect_uri");
  if (!redirectUri || !oauth.knowsClient(clientId)) {
    return sendText(res, 404, "Not Found: unknown client_id or no redirect_uri");
  }
  const login = query.get("login")?.trim() || oauth.defaultLogin;
  if (!login) return sendHtml(res, signInForm(query));
  const back = new URL(redirectUri);
  back.searchParams.set("code", oauth.issueCode(login, clientId, redirectUri));
  const state = query.get("state");
  if (state !== null) back.searchParams.set("state", state);
  res.writeHead(302, { location: back.toString() });
  res.end();
}

async function accessToken(req: IncomingMessage, res: ServerResponse, oauth: FakeOAuth): Promise<void> {
  const params = await readParams(req);
  // Client credentials come in the body or as HTTP Basic (openid-client's default).
  const basic = /^basic\s+(\S+)$/i.exec(req.headers.authorization ?? "");
  const [basicId, basicSecret] = basic
    ? Buffer.from(basic[1]!, "base64").toString().split(":").map(decodeURIComponent)
    : [];
  const result = oauth.exchange(
    params.get("code") ?? "",
    params.get("client_id") ?? basicId ?? "",
    params.get("client_secret") ?? basicSecret ?? "",
    params.get("redirect_uri"),
  );
  // GitHub answers errors here with 200 too, and form-encoded unless asked for JSON.
  const body: Record<string, string> =
    "token" in result
      ? { access_token: result.token, token_type: "bearer", scope: "read:user" }
      : { error: result.error, error_description: result.description, error_uri: DOCS };
  if ((req.headers.accept ?? "").includes("json")) return sendJsonBody(res, 200, body);
  res.writeHead(200, { "content-type": "application/x-www-form-urlencoded; charset=utf-8" });
  res.end(new URLSearchParams(body).toString());
}

function currentUser(req: IncomingMessage, res: ServerResponse, path: string, oauth: FakeOAuth, apiOrigin: string) {
  const token = /^(?:token|bearer)\s+(\S+)$/i.exec(req.headers.authorization ?? "")?.[1];
  // Only tokens from the OAuth flow have an owner here; the sync's token is nobody's.
  const login = token ? oauth.loginFor(token) : null;
  if (!login) {
    return sendJsonBody(res, 401, {
      message: "Requires authentication",
      documentation_url: "https://docs.github.com/rest",
      status: "401",
    });
  }
  if (path === "/user/emails") {
    const email = `${userIdFor(login)}+${login}@users.noreply.github.com`;
    return sendJsonBody(res, 200, [{ email, primary: true, verified: true, visibility: "private" }]);
  }
  const user = {
    ...makeUser(login),
    name: null,
    company: null,
    blog: "",
    location: null,
    email: null,
    hireable: null,
    bio: null,
    twitter_username: null,
    public_repos: 0,
    public_gists: 0,
    followers: 0,
    following: 0,
    created_at: "2015-01-01T00:00:00Z",
    updated_at: "2026-01-01T00:00:00Z",
  };
  sendJsonBody(res, 200, JSON.parse(JSON.stringify(user).replaceAll("https://api.github.com", apiOrigin)));
}

async function readParams(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString();
  if ((req.headers["content-type"] ?? "").includes("json")) {
    return new URLSearchParams(Object.entries(JSON.parse(text || "{}") as Record<string, string>));
  }
  return new URLSearchParams(text);
}

function signInForm(query: URLSearchParams): string {
  const hidden = [...query]
    .filter(([name]) => name !== "login")
    .map(([name, value]) => `<input type="hidden" name="${escape(name)}" value="${escape(value)}">`)
    .join("");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sign in to GitHub (fake)</title></head>
<body><main><h1>Sign in to GitHub (fake)</h1><p>Authorize ${escape(query.get("client_id") ?? "")}</p>
<form method="get" action="/login/oauth/authorize">${hidden}
<label>Username or email address <input name="login" required autocomplete="username"></label>
<button type="submit">Authorize</button></form></main></body></html>`;
}

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function sendJsonBody(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
  res.end(JSON.stringify(body));
}

function sendHtml(res: ServerResponse, html: string): void {
  res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
  res.end(html);
}

function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { "content-type": "text/plain; charset=utf-8" });
  res.end(text);
}
