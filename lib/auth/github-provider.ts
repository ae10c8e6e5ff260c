import "server-only";
import GitHubProvider, { type GithubProfile } from "next-auth/providers/github";

// next-auth's GitHub provider with every endpoint derived from settings, so the same
// code signs in against github.com, a GitHub Enterprise server or the tests' fake.
// Its built-in userinfo step also fetches api.github.com/user/emails (a fixed host);
// we replace it: the tracker needs the login, not an e-mail address, so it asks only
// for `read:user`.

export type GitHubEndpoints = { webUrl: string; apiUrl: string; clientId: string; clientSecret: string };

export function githubProvider({ webUrl, apiUrl, clientId, clientSecret }: GitHubEndpoints) {
  const api = apiUrl.replace(/\/+$/, "");
  return GitHubProvider({
    clientId,
    clientSecret,
    issuer: `${webUrl}/login/oauth`,
    authorization: { url: `${webUrl}/login/oauth/authorize`, params: { scope: "read:user" } },
    token: `${webUrl}/login/oauth/access_token`,
    userinfo: {
      url: `${api}/user`,
      request: ({ client, tokens }) => client.userinfo(tokens.access_token!),
    },
    profile: (profile: GithubProfile) => ({
      id: String(profile.id),
      name: profile.name ?? profile.login,
      email: null,
      image: profile.avatar_url,
      login: profile.login,
      githubId: String(profile.id),
    }),
  });
}
