// Reads mscbot's FCP status comment, which it edits in place as members tick boxes.
// mscbot-rs (a fork of rfcbot-rs, 2018-2019) wrote `* [x] @login` and appended where a
// concern was raised (` (url)`) or resolved (`~~ resolved by url`); it posted the comment
// before the reviewer list, so stored first versions have none. mscbot-python (since
// 2020) writes `- [x] @login`, and prefixes a cancelled proposal with
// `**This FCP proposal has been cancelled by <url>.**`.

import { type FcpDisposition, isFcpDisposition } from "./fcp-disposition";

export type FcpReviewer = { login: string; approved: boolean };
export type FcpConcern = { text: string; resolved: boolean };

export type MscbotStatusComment = {
  kind: "fcp-proposed";
  /**
   * The login the header names. Reliable only in the first version: mscbot-python
   * re-renders the header on each update, with the sender of the triggering command
   * (2020) and later with the status comment's own author, `mscbot`.
   */
  proposer: string;
  disposition: FcpDisposition;
  reviewers: FcpReviewer[];
  concerns: FcpConcern[];
  cancelled: boolean;
  cancelledByUrl: string | null;
};

const CANCELLED_PREFIX = /^\*\*This FCP proposal has been cancelled by (.*?)\.\*\*\s*/;
// mscbot-python's first template broke the line between the disposition and "this".
const HEADER = /^Team member @?([A-Za-z0-9-]+) has proposed to (\*\*)?(\w+)\2\s+this\b/;
const REVIEWER = /^\s*[-*] \[([ xX])\] @([A-Za-z0-9-]+)\s*$/;
const CONCERNS_HEADING = /^\s*concerns\b[^:]*:/i;
const CONCERN = /^\s*[-*] (.*)$/;
// Greedy like mscbot-python's `~~(.+)~~.*`: the text runs to the last `~~`.
const RESOLVED = /^~~(.+)~~/;
const RAISED_AT = /\s+\((?:\[[^\]]*\]\()?https?:\/\/\S+#issuecomment-\d+\)?\)$/;

export function parseStatusComment(body: string): MscbotStatusComment | null {
  let text = body.trimStart();
  const cancelled = CANCELLED_PREFIX.exec(text);
  if (cancelled) text = text.slice(cancelled[0].length);

  const header = HEADER.exec(text);
  const disposition = header?.[3];
  if (!header?.[1] || !isFcpDisposition(disposition)) return null;

  const reviewers: FcpReviewer[] = [];
  const concerns: FcpConcern[] = [];
  let inConcerns = false;
  for (const line of text.split("\n")) {
    if (CONCERNS_HEADING.test(line)) {
      inConcerns = true;
      continue;
    }
    const reviewer = inConcerns ? null : REVIEWER.exec(line);
    if (reviewer?.[1] && reviewer[2]) reviewers.push({ login: reviewer[2], approved: reviewer[1] !== " " });
    const concern = inConcerns ? CONCERN.exec(line.trimEnd()) : null;
    if (concern?.[1]) concerns.push(parseConcern(concern[1]));
  }

  return {
    kind: "fcp-proposed",
    proposer: header[1],
    disposition,
    reviewers,
    concerns,
    cancelled: cancelled !== null,
    cancelledByUrl: cancelled ? linkTarget(cancelled[1] ?? "") : null,
  };
}

function parseConcern(item: string): FcpConcern {
  const resolved = RESOLVED.exec(item);
  if (resolved?.[1]) return { text: resolved[1].trim(), resolved: true };
  return { text: item.replace(RAISED_AT, "").trim(), resolved: false };
}

/** The URL of `[text](url)`, `<url>` or a bare url; null when there is none. */
function linkTarget(link: string): string | null {
  const url = /\]\(\s*<?([^)\s>]+)>?\s*\)/.exec(link)?.[1] ?? /https?:\/\/[^\s<>)\]]+/.exec(link)?.[0];
  return url ?? null;
}
