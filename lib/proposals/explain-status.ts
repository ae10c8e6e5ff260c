import type { FcpRoundDto } from "../fcp/fcp-dto";
import { formatDateTime } from "../format/describe-countdown";
import type { ProposalDetailDto } from "./proposal-detail-dto";
import type { Status } from "./status";

type Facts = Pick<ProposalDetailDto, "status" | "state" | "fcp">;
type Round = Pick<
  FcpRoundDto,
  "disposition" | "phase" | "required" | "approvals" | "quorum_base" | "open_concerns" | "ends_at"
>;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const DISPOSITION_VERBS = { merge: "merge (accept)", close: "close (reject)", postpone: "postpone" } as const;

/**
 * What happens next to an MSC, in plain language, from its status and its FCP round.
 * The rules are the written process (MSC-PROCESS.md): FCP starts at 75 % approval with
 * no open concern, lasts 5 days, and does not conclude while a concern is open.
 */
export function explainStatus(facts: Facts, now: Date): string {
  const round = facts.fcp;
  switch (facts.status) {
    case "draft":
      return "The author is still drafting this proposal. Once they mark the pull request ready for review, the community and the Spec Core Team (SCT) review it.";
    case "in-review":
      return (
        "The proposal is open for review by the community and the Spec Core Team (SCT). When the SCT thinks it is ready, a member proposes a final comment period (FCP) to merge, close or postpone it." +
        (round?.phase === "cancelled" ? " An earlier FCP proposal was cancelled." : "")
      );
    case "proposed-fcp":
      return round && round.phase === "proposed" ? explainProposed(round) : PROPOSED_WITHOUT_ROUND;
    case "fcp":
      return round && round.phase === "active" && round.ends_at ? explainActive(round, now) : ACTIVE_WITHOUT_ROUND;
    case "fcp-finished":
      return explainFinished(round, facts.state);
    default:
      return FINAL_WORDS[facts.status];
  }
}

function explainProposed(round: Round): string {
  const start = `FCP starts once ${round.required} of ${round.quorum_base} members approve and no concern is open`;
  const tally = `${plural(round.approvals, "member has", "members have")} approved so far`;
  const concerns = round.open_concerns > 0 ? `; ${plural(round.open_concerns, "concern is", "concerns are")} open` : "";
  return `SCT members are reviewing a proposal to ${DISPOSITION_VERBS[round.disposition]} this MSC. ${start}: ${tally}${concerns}.`;
}

function explainActive(round: Round, now: Date): string {
  const end = formatDateTime(round.ends_at!);
  const over = Date.parse(round.ends_at!) <= now.getTime();
  const concerns = plural(round.open_concerns, "open concern is", "open concerns are");
  if (over && round.open_concerns > 0)
    return `The final comment period to ${round.disposition} ended on ${end}, but it cannot conclude until ${concerns} resolved.`;
  if (over) return `The final comment period to ${round.disposition} ended on ${end}; mscbot will mark it finished.`;
  const unless =
    round.open_concerns > 0
      ? `, but it will not conclude while ${concerns} unresolved`
      : " unless an SCT member raises a concern, which holds it open until resolved";
  return `The final comment period to ${DISPOSITION_VERBS[round.disposition]} this MSC ends on ${end}${unless}. Anyone may still comment.`;
}

function explainFinished(round: Facts["fcp"], state: Facts["state"]): string {
  switch (round?.disposition) {
    case "close":
      return "The final comment period finished with a disposition to close: the pull request will be closed.";
    case "postpone":
      return "The final comment period finished with a disposition to postpone: the proposal will be labelled postponed.";
    case "merge":
    default:
      return state === "merged"
        ? "The final comment period finished and the proposal is accepted; it waits for the spec PR that writes it into the specification."
        : "The final comment period finished and the proposal is accepted; it waits for the proposal pull request to be merged and for the spec PR that writes it into the specification.";
  }
}

const PROPOSED_WITHOUT_ROUND =
  "An SCT member has proposed a final comment period. It starts once 75 % of the SCT approve and no concern is open; the tracker has no record of the votes (the FCP may have run outside mscbot).";
const ACTIVE_WITHOUT_ROUND =
  "The final comment period is running: it lasts 5 days and does not conclude while a concern is open. The tracker has no record of when it started (it may have run outside mscbot).";

const FINAL_WORDS: Record<Exclude<Status, "draft" | "in-review" | "proposed-fcp" | "fcp" | "fcp-finished">, string> = {
  "spec-pr-missing":
    "Accepted. Nothing more is asked of the author, but someone needs to write the spec PR that adds it to the Matrix specification; none is open yet.",
  "spec-pr-in-review": "Accepted. The spec PR that adds it to the Matrix specification is in review.",
  merged: "Accepted and written into the Matrix specification. Nothing more happens.",
  postponed:
    "The SCT postponed this proposal: it is not being considered now and may come back later with a new final comment period.",
  abandoned: "The author abandoned this proposal. Nothing more happens unless someone takes it up again.",
  obsolete: "This proposal is obsolete, superseded by later work. Nothing more happens.",
  rejected: "The SCT rejected this proposal. Nothing more happens.",
  closed: "The pull request was closed without an accepting decision. Nothing more happens unless it is reopened.",
};
