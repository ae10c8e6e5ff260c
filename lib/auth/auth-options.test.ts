import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";
import { buildAuthOptions } from "./auth-options";
import { devSignInProvider } from "./dev-sign-in-provider";

const github = {
  GITHUB_CLIENT_ID: "id",
  GITHUB_CLIENT_SECRET: "secret",
  GITHUB_WEB_URL: "http://127.0.0.1:4010",
  GITHUB_API_URL: "http://127.0.0.1:4010/api/v3",
};
// next-auth merges a provider's `options` over its defaults when it starts, id included.
const providerIds = (source: Record<string, string>) =>
  buildAuthOptions(parseEnv(source)).providers.map(
    (provider) => (provider as { options?: { id?: string } }).options?.id ?? provider.id,
  );

describe("next-auth options", () => {
  it("offers GitHub only when its OAuth app is configured, at the configured hosts", () => {
    expect(providerIds({})).toEqual([]);
    const [provider] = buildAuthOptions(parseEnv(github)).providers as unknown as [
      { options: Record<string, { url: string } | string> },
    ];
    expect(provider.options.authorization).toMatchObject({ url: "http://127.0.0.1:4010/login/oauth/authorize" });
    expect(provider.options.token).toBe("http://127.0.0.1:4010/login/oauth/access_token");
    expect(provider.options.userinfo).toMatchObject({ url: "http://127.0.0.1:4010/api/v3/user" });
  });

  it("offers the development sign-in only with DEV_SIGN_IN=true outside production", () => {
    expect(providerIds({ NODE_ENV: "development", DEV_SIGN_IN: "true" })).toEqual(["dev"]);
    expect(providerIds({ NODE_ENV: "test", DEV_SIGN_IN: "true", ...github })).toEqual(["github", "dev"]);
    expect(providerIds({ NODE_ENV: "development" })).toEqual([]);
    // parseEnv refuses this combination; the options refuse it again if it ever got through.
    const production = { ...parseEnv({ NODE_ENV: "development" }), NODE_ENV: "production", DEV_SIGN_IN: true };
    expect(buildAuthOptions(production).providers).toEqual([]);
  });

  it("uses JWT sessions in next-auth's default cookie, which the response cache recognises", () => {
    const options = buildAuthOptions(parseEnv(github));
    expect(options.session?.strategy).toBe("jwt");
    expect(options.cookies).toBeUndefined();
    expect(options.useSecureCookies).toBeUndefined();
  });

  it("signs in a development login only when it looks like a GitHub login", async () => {
    const authorize = (devSignInProvider() as unknown as { options: { authorize: (c: unknown) => unknown } }).options
      .authorize;
    expect(await authorize({ login: " turt2live " })).toMatchObject({ login: "turt2live", githubId: null });
    expect(await authorize({ login: "-bad" })).toBeNull();
    expect(await authorize({ login: "a".repeat(40) })).toBeNull();
    expect(await authorize({})).toBeNull();
  });
});
