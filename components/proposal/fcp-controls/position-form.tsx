import type { PositionName } from "@/lib/fcp/fcp-dto";
import { fcpRoutePaths } from "@/lib/fcp/actions/fcp-route-paths";
import { FIELDSET, HINT, LABEL, LEGEND, PRIMARY_BUTTON, RADIO, TEXT_INPUT } from "./control-styles";

const POSITIONS: readonly (readonly [PositionName, string, string])[] = [
  ["approve", "Approve", "counts towards the approvals needed"],
  ["abstain", "Abstain", "you are counted, without approving"],
  ["recuse", "Recuse", "you step out; the approvals needed are counted without you"],
  ["none", "No position", "withdraws the position you took"],
];

/** The viewer's own position on an open round, pre-set to the one they hold now. */
export function PositionForm({
  proposalNumber,
  roundId,
  current,
}: {
  proposalNumber: number;
  roundId: number;
  current: PositionName;
}) {
  return (
    <form method="post" action={fcpRoutePaths.position(proposalNumber, roundId)}>
      <fieldset className={FIELDSET}>
        <legend className={LEGEND}>Your position</legend>
        <div className="mt-2 space-y-2">
          {POSITIONS.map(([value, label, meaning]) => (
            <div key={value} className="flex items-start gap-2">
              <input
                type="radio"
                id={`position-${value}`}
                name="position"
                value={value}
                defaultChecked={current === value}
                required
                className={`mt-1 ${RADIO}`}
              />
              <label htmlFor={`position-${value}`}>
                <span className="font-medium">{label}</span>
                <span className="text-zinc-700 dark:text-zinc-300">: {meaning}</span>
              </label>
            </div>
          ))}
        </div>
        <label htmlFor="position-rationale" className={`mt-4 ${LABEL}`}>
          Rationale (optional)
        </label>
        <textarea
          id="position-rationale"
          name="rationale"
          rows={2}
          maxLength={2000}
          aria-describedby="position-rationale-hint"
          className={TEXT_INPUT}
        />
        <p id="position-rationale-hint" className={HINT}>
          Shown beside your position on the ballot and in the timeline.
        </p>
        <button type="submit" className={PRIMARY_BUTTON}>
          Record my position
        </button>
      </fieldset>
    </form>
  );
}
