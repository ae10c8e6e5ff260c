import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeGitHub, type FakeGitHub } from "./start-fake-github";

// The OAuth web flow as next-auth's GitHub provider drives it (openid-client sends the
// client credentials as HTTP Basic and asks for JSON), checked with plain fetch.

const CLIENT = { id: "test-client", secret: "test-secret" };
const CALLBACK = "http://127.0.0.1:3000/api/auth/callback/github";

describe("fake GitHub OAuth", () => {
  let fake: FakeGitHub;
  const authorizeUrl = (params: Record<string, string>) =>
    `${fake.url}/login/oauth/authorize?${new URLSearchParams({
      client_id: CLIENT.id,
      redirect_uri: CALLBACK,
      scope: "read:user",
      state: "xyz",
      ...params,
    })}`;
  const codeFrom = async (params: Record<string, string> = {}) => {
    const response = await fetch(authorizeUrl(params), { redirect: "manual" });
    expect(response.status).toBe(302);
    const back = new URL(response.headers.get("location")!);
    expect(`${back.origin}${back.pathname}`).toBe(CALLBACK);
    expect(back.searchParams.get("state")).toBe("xyz");
    return back.searchParams.get("code")!;
  };
  const exchange = (code: string, secret = CLIENT.secret, accept = "application/json") =>
    fetch(`${fake.url}/login/oauth/access_token`, {
      method: "POST",
      headers: {
        accept,
        authorization: `Basic ${Buffer.from(`${CLIENT.id}:${secret}`).toString("base64")}`,
        "content-type": "application/x-www-form-urlencoded",
      },
      body: new URLSearchParams({ grant_type: "authorization_code", code, redirect_uri: CALLBACK }),
    });
  const user = (token: string, path = "/user") =>
    fetch(`${fake.url}${path}`, { headers: { authorization: `bearer ${token}` } });

  beforeAll(async () => {
    fake = await startFakeGitHub({ oauth: { clientId: CLIENT.id, clientSecret: CLIENT.secret } });
  });
  afterAll(() => fake.close());

  it("signs in the login the authorize URL names: code, token, then /user", async () => {
    const code = await codeFrom({ login: "turt2live" });
    const token = (await (await exchange(code)).json()) as Record<string, string>;
    expect(token).toEqual({ access_token: expect.stringMatching(/^gho_/), token_type: "bearer", scope: "read:user" });
    const profile = (await (await user(token.access_token!)).json()) as Record<string, unknown>;
    expect(profile).toMatchObject({ login: "turt2live", type: "User", url: `${fake.url}/users/turt2live` });
    expect(profile.id).toEqual(expect.any(Number));
    const emails = (await (await user(token.access_token!, "/user/emails")).json()) as unknown[];
    expect(emails).toEqual([expect.objectContaining({ primary: true, verified: true })]);
  });

  it("takes a code once, and only with the app's secret; answers form-encoded unless asked for JSON", async () => {
    const code = await codeFrom({ login: "richvdh" });
    const wrongSecret = new URLSearchParams(await (await exchange(code, "nope", "*/*")).text());
    expect(wrongSecret.get("error")).toBe("incorrect_client_credentials");
    const another = await codeFrom({ login: "richvdh" });
    expect(
      new URLSearchParams(await (await exchange(another, CLIENT.secret, "*/*")).text()).get("access_token"),
    ).toMatch(/^gho_/);
    const reused = (await (await exchange(another)).json()) as Record<string, string>;
    expect(reused.error).toBe("bad_verification_code");
  });

  it("asks who signs in with a form, unless a default login is set", async () => {
    const page = await fetch(authorizeUrl({}), { redirect: "manual" });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<input name="login"');
    expect(html).toContain(`name="redirect_uri" value="${CALLBACK}"`);
    fake.oauth.defaultLogin = "uhoreg";
    try {
      const token = (await (await exchange(await codeFrom())).json()) as Record<string, string>;
      expect(((await (await user(token.access_token!)).json()) as { login: string }).login).toBe("uhoreg");
    } finally {
      fake.oauth.defaultLogin = null;
    }
  });

  it("refuses an unknown client, and /user for a token it did not issue", async () => {
    expect((await fetch(authorizeUrl({ client_id: "other" }), { redirect: "manual" })).status).toBe(404);
    expect((await user("sync-token")).status).toBe(401);
    expect((await fetch(`${fake.url}/user`)).status).toBe(401);
  });
});
