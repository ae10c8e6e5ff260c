// Pulls GitHub logins out of a free-text people field such as "@a, @b and @c".
// Logins are alphanumeric with single inner hyphens, at most 39 characters.

const LOGIN = "[A-Za-z0-9](?:-?[A-Za-z0-9]){0,38}";
// Not preceded by a word character (an email address) and not followed by a colon after
// more name characters (a Matrix ID such as @alice:matrix.org or @al.ice:example.org).
const MENTION = new RegExp(`(?<![\\w@/])@(${LOGIN})(?![\\w-])(?![\\w.-]*:)`, "g");
const PROFILE_URL = new RegExp(`^<?https?://github\\.com/(${LOGIN})/?>?$`, "i");
const BARE_LOGIN = new RegExp(`^${LOGIN}$`);
const MARKDOWN_LINK = /\[([^\]]*)\]\(\s*<?([^)\s>]+)>?\s*\)/g;

/**
 * The logins named in `value`, in order of first appearance. @mentions win; without any,
 * comma-separated items that are a profile URL or a single bare login count, so a
 * free-text name ("Jane Doe") is not taken for a login.
 */
export function extractGithubLogins(value: string): string[] {
  const mentions = [...value.matchAll(MENTION)].map((match) => match[1] ?? "");
  if (mentions.length > 0) return mentions;
  return value
    .replace(MARKDOWN_LINK, "$2")
    .split(/,|;|&|\band\b/)
    .map((item) => item.trim())
    .map((item) => PROFILE_URL.exec(item)?.[1] ?? (BARE_LOGIN.test(item) ? item : ""))
    .filter((login) => login !== "");
}

/** Keeps the first spelling of each login: GitHub logins are case-insensitive. */
export function uniqueLogins(logins: readonly string[]): string[] {
  const seen = new Set<string>();
  return logins.filter((login) => {
    const key = login.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
