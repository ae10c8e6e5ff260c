import type { BallotEntryDto, PositionName } from "@/lib/fcp/fcp-dto";
import { UtcTime } from "./utc-time";

const POSITION_TEXT: Record<PositionName, string> = {
  approve: "Approve",
  abstain: "Abstain",
  recuse: "Recuse",
  none: "No position yet",
};

// Colour only repeats the position, which is always written out.
const POSITION_TONE: Record<PositionName, string> = {
  approve: "text-emerald-800 dark:text-emerald-300",
  abstain: "text-zinc-700 dark:text-zinc-300",
  recuse: "text-zinc-700 dark:text-zinc-300",
  none: "text-amber-800 dark:text-amber-300",
};

/** Why a member's box is special: the roster changes, and a vote records who was on the team. */
function notes(entry: BallotEntryDto): string[] {
  const marks: string[] = [];
  if (!entry.on_team) marks.push("Left the team (not counted)");
  if (!entry.on_roster) marks.push("Joined after the proposal");
  if (entry.on_team && !entry.counted && entry.position === "recuse") marks.push("Recused (not counted)");
  return marks;
}

const CELL = "py-2 pr-3 align-top";

export function BallotGrid({ roster }: { roster: BallotEntryDto[] }) {
  return (
    // Five columns do not fit a phone: the table scrolls inside this box, reachable by keyboard.
    <div tabIndex={0} className="mt-3 overflow-x-auto">
      <table className="w-full min-w-[36rem] border-collapse text-left text-sm">
        <caption className="mb-2 text-left font-semibold">Ballot: each Spec Core Team member&apos;s position</caption>
        <thead>
          <tr className="border-b border-zinc-300 dark:border-zinc-700">
            {["Member", "Position", "When", "Rationale", "Notes"].map((h) => (
              <th key={h} scope="col" className="py-2 pr-3 font-semibold">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {roster.map((entry) => (
            <tr key={entry.login} className="border-b border-zinc-100 dark:border-zinc-800">
              <th scope="row" className={`${CELL} font-medium`}>
                {entry.login}
              </th>
              <td className={`${CELL} font-medium ${POSITION_TONE[entry.position]}`}>
                {POSITION_TEXT[entry.position]}
              </td>
              <td className={CELL}>{entry.at ? <UtcTime iso={entry.at} /> : "—"}</td>
              <td className={CELL}>{entry.rationale ?? "—"}</td>
              <td className={CELL}>{notes(entry).join("; ") || "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
