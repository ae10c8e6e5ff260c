import type { Disposition } from "./fcp-stage";
import type { FcpTimeline } from "./fcp-timeline";
import type { Rng } from "./prng";
import { repositoryWebUrlAt, sctRosterAt } from "./repository";

// mscbot's comments in the format of their era, copied from the real comments in
// ../shared/data/mscbot-comments: mscbot-rs (2018), the matrixify fork (2019-2020),
// mscbot-python (2021 on, with a checkbox per reviewer). `{{review}}` stands for the
// id of the proposal comment, filled in once ids are allocated.

const MATRIXIFY_FROM = Date.parse("2019-01-01T00:00:00Z");
const PYTHON_FROM = Date.parse("2021-01-01T00:00:00Z");
const DEADLINE_SENTENCE_FROM = Date.parse("2022-01-01T00:00:00Z");

export const REVIEW_PLACEHOLDER = "{{review}}";

export function proposalCommentBody(fcp: FcpTimeline, atMs: number, rng: Rng, concern: string | null): string {
  const disposition = fcp.disposition;
  const closing = "If you spot a major issue that hasn't been raised at any point in this process, please speak up!";
  if (atMs < PYTHON_FROM) {
    const readme =
      atMs < MATRIXIFY_FROM
        ? "https://github.com/anp/mscbot-rs/blob/master/README.md"
        : "https://github.com/matrix-org/mscbot/blob/anoa/matrixify/README.md";
    const who = atMs < MATRIXIFY_FROM ? "teams" : "people";
    return [
      `Team member @${fcp.proposer} has proposed to ${disposition} this. The next step is review by the rest of the tagged ${who}:`,
      "",
      concern ? `Concerns:\n\n* ~~${concern}~~` : "No concerns currently listed.",
      "",
      `Once a majority of reviewers approve (and none object), this will enter its final comment period. ${closing}`,
      "",
      `See [this document](${readme}) for info about what commands tagged team members can give me.`,
    ].join("\n");
  }
  const roster = sctRosterAt(atMs);
  const needed = Math.ceil(roster.length * 0.75);
  const ticked = new Set([fcp.proposer]);
  const target = fcp.startedAt !== null ? needed + rng.int(0, roster.length - needed) : rng.int(1, needed - 1);
  while (ticked.size < Math.min(target, roster.length)) ticked.add(rng.pick(roster));
  const lines = [
    `Team member @${fcp.proposer} has proposed to **${disposition}** this. The next step is review by the rest of the tagged people:`,
    "",
    ...roster.map((login) => `- [${ticked.has(login) ? "x" : " "}] @${login}`),
    "",
  ];
  if (concern) lines.push("Concerns:", "", `* ~~${concern}~~`, "");
  lines.push(
    `Once at least 75% of reviewers approve (and there are no outstanding concerns), this will enter its final comment period. ${closing}`,
    "",
    "See [this document](https://github.com/matrix-org/mscbot-python/blob/master/docs/user_guide.md) for information about what commands tagged team members can give me.",
  );
  return lines.join("\n");
}

function reviewLink(threadPath: string, atMs: number): string {
  return `${repositoryWebUrlAt(atMs)}/${threadPath}#issuecomment-${REVIEW_PLACEHOLDER}`;
}

export function startedCommentBody(threadPath: string, fcp: FcpTimeline, atMs: number, rng: Rng): string {
  const link = reviewLink(threadPath, atMs);
  if (atMs < MATRIXIFY_FROM) {
    return `:bell: **This is now entering its final comment period**, as per the [review above](${link}). :bell:`;
  }
  const first = `:bell: This is now entering its final comment period, as per [the review](${link}) above. :bell:`;
  // MSC-PROCESS.md says the deadline sentence follows since 2022; the stored 2025 copy lacks it.
  if (atMs < DEADLINE_SENTENCE_FROM || fcp.finishedAt === null || rng.chance(0.5)) return first;
  return `${first}\n\nThe final comment period will run for 5 days until ${formatDeadline(fcp.finishedAt)}.`;
}

export function finishedCommentBody(threadPath: string, disposition: Disposition, atMs: number): string {
  const link = reviewLink(threadPath, atMs);
  return `The final comment period, with a disposition to **${disposition}**, as per [the review](${link}) above, is now **complete**.`;
}

/** "April 5, 2025 at 14:02:10 UTC", as mscbot-python writes deadlines. */
function formatDeadline(ms: number): string {
  const date = new Date(ms);
  const month = date.toLocaleString("en-US", { month: "long", timeZone: "UTC" });
  const time = date.toISOString().slice(11, 19);
  return `${month} ${date.getUTCDate()}, ${date.getUTCFullYear()} at ${time} UTC`;
}
