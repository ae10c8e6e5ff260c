import type { FcpRoundDto } from "@/lib/fcp/fcp-dto";
import { PHASE_TEXT } from "./fcp-round-summary";
import { UtcTime } from "./utc-time";

/** Rounds before the one shown, each in a line: cancelled rounds stay on record. */
export function EarlierRounds({ rounds }: { rounds: FcpRoundDto[] }) {
  if (rounds.length === 0) return null;
  return (
    <>
      <h3 className="mt-5 font-semibold">Earlier rounds</h3>
      <ul className="mt-2 list-disc space-y-1 pl-6 text-sm">
        {rounds.map((round) => (
          <li key={round.id}>
            To {round.disposition}, proposed by {round.proposed_by} on <UtcTime iso={round.proposed_at} />:{" "}
            {PHASE_TEXT[round.phase].toLowerCase()}
            {round.cancel_reason ? ` (${round.cancel_reason})` : ""}.
          </li>
        ))}
      </ul>
    </>
  );
}
