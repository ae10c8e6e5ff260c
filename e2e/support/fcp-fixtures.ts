import type { APIRequestContext } from "@playwright/test";
import { mscbotStatusComment } from "@/test/support/mscbot-status-comment";
import { deliverComment, deliverIssue } from "./github-webhooks";

// FCP states the home and /fcp specs check, each on a real in-review MSC from the
// bundled snapshot that no other spec touches (the sync spec owns MSC4543). Delivering
// again is harmless: the issue copy is newer each time and the status comment keeps
// its id, so a re-run updates the same round.

/** MSC4354 proposed for FCP to merge: 7 of the 10 SCT members approved, one concern open. */
export const VOTED = {
  number: 4354,
  title: "MSC4354: Sticky Events",
  concern: "needs a second implementation",
  approved: ["ara4n", "clokep", "erikjohnston", "KitsuneRal", "richvdh", "tulir", "turt2live"],
  notVoted: ["anoadragon453", "dbkr", "uhoreg"],
} as const;

/** MSC4362 in FCP by its labels alone, as after an out-of-band FCP: no round on record. */
export const LABELS_ONLY = { number: 4362, title: "MSC4362: Simplified Encrypted State Events" } as const;

export async function proposeVotedFcp(request: APIRequestContext) {
  await deliverIssue(request, {
    number: VOTED.number,
    title: VOTED.title,
    body: "[Rendered](https://github.com/matrix-org/matrix-spec-proposals/blob/x/proposals/4354-sticky-events.md)",
    labels: ["proposal", "kind:feature", "proposed-final-comment-period", "disposition-merge"],
  });
  await deliverComment(request, {
    number: VOTED.number,
    id: 4_354_000_001,
    author: "mscbot",
    body: mscbotStatusComment({
      proposer: "richvdh",
      disposition: "merge",
      reviewers: [
        ...VOTED.approved.map((login) => ({ login, approved: true })),
        ...VOTED.notVoted.map((login) => ({ login, approved: false })),
      ],
      concerns: [VOTED.concern],
    }),
  });
}

export async function putInFcpByLabelsOnly(request: APIRequestContext) {
  await deliverIssue(request, {
    number: LABELS_ONLY.number,
    title: LABELS_ONLY.title,
    body: "[Rendered](https://github.com/matrix-org/matrix-spec-proposals/blob/x/proposals/4362-encrypted-state.md)",
    labels: ["proposal", "final-comment-period", "disposition-merge"],
  });
}
