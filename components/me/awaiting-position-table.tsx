import { ProposalLink } from "@/components/proposal-link";
import { UtcTime } from "@/components/proposal/utc-time";
import { CELL, BODY_ROW } from "@/components/admin/form-classes";
import { describeSpan } from "@/lib/format/describe-countdown";
import type { AwaitingPosition } from "@/lib/me/me-dto";
import { WideTable } from "@/components/wide-table";

const PHASE: Record<string, string> = { proposed: "proposed", active: "in FCP" };

/** The open FCPs waiting for the reader's position, longest waiting first. */
export function AwaitingPositionTable({ rounds, now }: { rounds: AwaitingPosition[]; now: Date }) {
  return (
    <WideTable
      caption="FCPs awaiting my position"
      headers={["Proposal", "Title", "Disposition", "Progress", "Waiting since"]}
    >
      {rounds.map((round) => (
        <tr key={round.roundId} className={BODY_ROW}>
          <th scope="row" className={`${CELL} font-normal`}>
            <ProposalLink number={round.number} />
          </th>
          <td className={CELL}>{round.title}</td>
          <td className={CELL}>
            {round.disposition} ({PHASE[round.phase] ?? round.phase})
          </td>
          <td className={CELL}>
            {round.approvals} of {round.required} approvals
            {round.openConcerns > 0 && `, ${round.openConcerns} open concern${round.openConcerns === 1 ? "" : "s"}`}
          </td>
          <td className={CELL}>
            {describeSpan(now.getTime() - Date.parse(round.proposedAt))}
            <span className="block text-zinc-700 dark:text-zinc-300">
              <UtcTime iso={round.proposedAt} />
            </span>
          </td>
        </tr>
      ))}
    </WideTable>
  );
}
