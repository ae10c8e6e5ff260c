import { FollowButton } from "@/components/follow-button";
import { ProposalLink } from "@/components/proposal-link";
import { StatusBadge } from "@/components/status-badge";
import type { FollowedProposal } from "@/lib/me/me-dto";

/** The MSCs the reader follows, with their status and a button to stop following each. */
export function FollowedList({ proposals }: { proposals: FollowedProposal[] }) {
  return (
    <ul className="mt-3 space-y-2">
      {proposals.map((proposal) => (
        <li key={proposal.number} className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
          <ProposalLink number={proposal.number} />
          <span>{proposal.title}</span>
          <StatusBadge status={proposal.status} />
          {proposal.viaSearch !== null && (
            <span className="text-zinc-700 dark:text-zinc-300">via search “{proposal.viaSearch}”</span>
          )}
          <FollowButton number={proposal.number} following returnTo="me" />
        </li>
      ))}
    </ul>
  );
}
