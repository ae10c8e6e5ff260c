import type { FormRouteOptions } from "@/lib/auth/run-form-action";
import type { PositionName } from "../fcp-dto";
import type { Advance } from "../operations/advance-round";

// How each FCP route (app/api/v1/proposals/[number]/...) reads its URL and what a
// person reads afterwards. The resource always comes from the URL, never from the body:
// a form cannot be pointed at another MSC's round by editing a hidden field.

export type ProposalParams = { number: string };
export type RoundParams = ProposalParams & { round: string };
export type ConcernParams = ProposalParams & { id: string };

/** Where a form returns to: the FCP section of the MSC's page, where the message shows. */
export function fcpSectionPath(number: string): string {
  return `/proposals/${encodeURIComponent(number)}#fcp`;
}

/** What a change set in motion, if anything, as a sentence to append. */
function advanced({ started, finished }: Advance): string {
  if (started) return " That was the last thing missing: the final comment period has started.";
  if (finished) return " The final comment period is now complete.";
  return "";
}

const POSITION_WORDS: Record<PositionName, string> = {
  approve: "you approve",
  abstain: "you abstain",
  recuse: "you recuse yourself (you are not counted)",
  none: "no position (your earlier position is withdrawn)",
};

export const proposeFcpForm: FormRouteOptions<{ roundId: number; started: boolean }, ProposalParams> = {
  fromParams: ({ number }) => ({ proposalNumber: number }),
  redirectTo: ({ number }) => fcpSectionPath(number),
  successMessage: ({ started }) =>
    started
      ? "FCP proposed, and with your approval it has already started."
      : "FCP proposed, with your approval. Other Spec Core Team members can now take their positions.",
};

export const recordPositionForm: FormRouteOptions<{ position: PositionName } & Advance, RoundParams> = {
  fromParams: ({ number, round }) => ({ proposalNumber: number, roundId: round }),
  redirectTo: ({ number }) => fcpSectionPath(number),
  successMessage: (recorded) => `Your position is recorded: ${POSITION_WORDS[recorded.position]}.${advanced(recorded)}`,
};

export const cancelFcpForm: FormRouteOptions<{ roundId: number }, RoundParams> = {
  fromParams: ({ number, round }) => ({ proposalNumber: number, roundId: round }),
  redirectTo: ({ number }) => fcpSectionPath(number),
  successMessage: () => "FCP cancelled. Its ballot and concerns stay on record; any member can propose a new FCP.",
};

export const raiseConcernForm: FormRouteOptions<{ concernId: number }, ProposalParams> = {
  fromParams: ({ number }) => ({ proposalNumber: number }),
  redirectTo: ({ number }) => fcpSectionPath(number),
  successMessage: () => "Concern raised. It holds the FCP until a Spec Core Team member resolves it.",
};

export const resolveConcernForm: FormRouteOptions<{ concernId: number } & Advance, ConcernParams> = {
  fromParams: ({ number, id }) => ({ proposalNumber: number, concernId: id }),
  redirectTo: ({ number }) => fcpSectionPath(number),
  successMessage: (resolved) => `Concern resolved.${advanced(resolved)}`,
};
