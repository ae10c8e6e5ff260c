// Which issues and pull requests of the proposals repository are MSCs. Tracked MSCs
// carry `proposal` (or `proposal-placeholder`); old ones lack it and have only an MSC
// number at the start of the title or a state label (MSC-PROCESS.md). Spec PRs and
// follow-ups mention an MSC later in the title ("Spec MSC2290: ..."), and test threads
// of the bots carried FCP labels: neither is a proposal.

const PROPOSAL_LABELS = new Set(["proposal", "proposal-placeholder"]);
const STATE_LABELS = new Set([
  "proposal-in-review",
  "proposed-final-comment-period",
  "final-comment-period",
  "finished-final-comment-period",
  "spec-pr-missing",
  "spec-pr-in-review",
  "proposal-postponed",
  "obsolete",
  "abandoned",
  "rejected",
]);

const MSC_TITLE_START = /^\s*(\[WIP\]\s*)?MSC\s?(\d+|x{4})\b/i;
const BOT_TEST_TITLE = /^\s*test\b/i;

export function isMscThread(thread: { title: string; labels: readonly string[] }): boolean {
  if (thread.labels.some((label) => PROPOSAL_LABELS.has(label))) return true;
  if (MSC_TITLE_START.test(thread.title)) return true;
  return thread.labels.some((label) => STATE_LABELS.has(label)) && !BOT_TEST_TITLE.test(thread.title);
}
