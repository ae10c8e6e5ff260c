import { API_ORIGIN, WEB_ORIGIN, type GitHubUser } from "./github-types";
import { legacyNodeId } from "./ids";
import { hashString } from "./prng";

// User ids are derived from the login (not GitHub's real ids) so every run agrees.
export function userIdFor(login: string): number {
  return 1_000 + (hashString(login.toLowerCase()) % 150_000_000);
}

export function makeUser(login: string): GitHubUser {
  const id = userIdFor(login);
  const api = `${API_ORIGIN}/users/${login}`;
  return {
    login,
    id,
    node_id: legacyNodeId("User", id),
    avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
    gravatar_id: "",
    url: api,
    html_url: `${WEB_ORIGIN}/${login}`,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    // mscbot is an ordinary account, not a GitHub App, so GitHub reports it as a User.
    type: "User",
    user_view_type: "public",
    site_admin: false,
  };
}
