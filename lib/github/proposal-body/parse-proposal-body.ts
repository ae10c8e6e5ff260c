// Reads the metadata in an MSC's PR description (MSC-PROCESS.md, "Proposals"). The old
// proposals page read only the first line of each kind (matrix-doc scripts/proposals.py);
// here every line counts, so a second "Author:" line adds authors. HTML comments (the
// PR template's hints) and fenced code are not metadata.

import { proseLines } from "../markdown/prose-lines";
import { extractGithubLogins, uniqueLogins } from "./extract-github-logins";

export type ProposalMetadata = {
  authors: string[];
  shepherds: string[];
  /** Numbers of related PRs in this repository (matrix-org/matrix-spec-proposals). */
  relatedPrs: number[];
  /** The first valid "Date:" value, as yyyy-mm-dd. */
  date: string | null;
  documentation: string[];
  renderedUrl: string | null;
};

// "Author: x", "**Author:** x", "**Author**: x", "- Author: x"; the key in any case.
const FIELD = /^\s*(?:[-*+]\s+)?(\*\*|__)?(authors?|shepherds?|prs?|date|documentation)\s*(?::\s*\1|\1\s*:)(.*)$/i;
const HTML_COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
const MARKDOWN_LINK = /\[[^\]]*\]\(\s*<?([^)\s>]+)>?\s*\)/g;
const RENDERED_LINK = /\[\s*rendered\b[^\]]*\]\(\s*<?([^)\s>]+)>?\s*\)/i;
const RENDERED_FIELD = /^\s*(?:[-*+]\s+)?(?:\*\*|__)?rendered(?:\*\*|__)?\s*:\s*(?:\*\*|__)?(.*)$/i;
// The repository was renamed from matrix-doc; GitHub redirects both, and /pulls/ appears
// in old descriptions (the old proposals script accepted it).
const SAME_REPO_PR =
  /^https?:\/\/github\.com\/matrix-org\/(?:matrix-doc|matrix-spec-proposals)\/(?:pulls?|issues)\/(\d+)\b/i;
const SAME_REPO_REF = /^(?:matrix-org\/(?:matrix-doc|matrix-spec-proposals))?#(\d+)$/i;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?!\d)/;

export function parseProposalBody(body: string | null): ProposalMetadata {
  const metadata: ProposalMetadata = {
    authors: [],
    shepherds: [],
    relatedPrs: [],
    date: null,
    documentation: [],
    renderedUrl: null,
  };
  for (const line of proseLines((body ?? "").replace(HTML_COMMENT, ""))) {
    metadata.renderedUrl ??= RENDERED_LINK.exec(line)?.[1] ?? urls(RENDERED_FIELD.exec(line)?.[1] ?? "")[0] ?? null;
    const field = FIELD.exec(line);
    const key = field?.[2]?.toLowerCase();
    const value = (field?.[3] ?? "").replace(/\\$/, "").trim();
    if (key?.startsWith("author")) metadata.authors.push(...extractGithubLogins(value));
    else if (key?.startsWith("shepherd")) metadata.shepherds.push(...extractGithubLogins(value));
    else if (key?.startsWith("pr")) metadata.relatedPrs.push(...prNumbers(value));
    else if (key === "date") metadata.date ??= isoDate(value);
    else if (key === "documentation") metadata.documentation.push(...urls(value));
  }
  return {
    ...metadata,
    authors: uniqueLogins(metadata.authors),
    shepherds: uniqueLogins(metadata.shepherds),
    relatedPrs: [...new Set(metadata.relatedPrs)],
    documentation: [...new Set(metadata.documentation)],
  };
}

/** Tokens of a list value, with markdown links replaced by their targets. */
function tokens(value: string): string[] {
  return value
    .replace(MARKDOWN_LINK, " $1 ")
    .split(/[\s,;]+/)
    .map((token) => token.replace(/[.,;]+$/, "").replace(/^<|>$/g, ""))
    .filter(Boolean);
}

// Another repository's PR is left out, its number would name a different PR here; so is
// a bare number, which is as likely a count in prose as a PR.
function prNumbers(value: string): number[] {
  return tokens(value).flatMap((token) => {
    const number = SAME_REPO_REF.exec(token)?.[1] ?? SAME_REPO_PR.exec(token)?.[1];
    return number ? [Number(number)] : [];
  });
}

function urls(value: string): string[] {
  return tokens(value).filter((token) => /^https?:\/\/\S+$/i.test(token));
}

function isoDate(value: string): string | null {
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
    ? match[0]
    : null;
}
