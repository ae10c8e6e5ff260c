import { fcpRoutePaths } from "@/lib/fcp/actions/fcp-route-paths";
import { FIELDSET, HINT, LEGEND, PRIMARY_BUTTON, RADIO } from "./control-styles";

const DISPOSITIONS = [
  ["merge", "Merge", "accept the proposal into the spec"],
  ["close", "Close", "reject it and close the pull request"],
  ["postpone", "Postpone", "set it aside for now"],
] as const;

/** A member opens an FCP round; proposing counts as their approval, as with mscbot. */
export function ProposeFcpForm({ proposalNumber }: { proposalNumber: number }) {
  return (
    <form method="post" action={fcpRoutePaths.propose(proposalNumber)}>
      <fieldset className={FIELDSET}>
        <legend className={LEGEND}>Propose FCP</legend>
        <p className={HINT}>
          Proposing counts as your approval. The FCP starts once enough Spec Core Team members approve and no concern is
          open, then runs for its fixed number of days.
        </p>
        <div className="mt-3 space-y-2">
          {DISPOSITIONS.map(([value, label, meaning]) => (
            <div key={value} className="flex items-start gap-2">
              <input
                type="radio"
                id={`disposition-${value}`}
                name="disposition"
                value={value}
                required
                className={`mt-1 ${RADIO}`}
              />
              <label htmlFor={`disposition-${value}`}>
                <span className="font-medium">{label}</span>
                <span className="text-zinc-700 dark:text-zinc-300">: {meaning}</span>
              </label>
            </div>
          ))}
        </div>
        <button type="submit" className={PRIMARY_BUTTON}>
          Propose FCP
        </button>
      </fieldset>
    </form>
  );
}
