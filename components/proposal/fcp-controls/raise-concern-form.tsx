import { fcpRoutePaths } from "@/lib/fcp/actions/fcp-route-paths";
import { FIELDSET, HINT, LABEL, LEGEND, PRIMARY_BUTTON, TEXT_INPUT } from "./control-styles";

/** A member names a concern; it holds the FCP until resolved (MSC-PROCESS.md). */
export function RaiseConcernForm({ proposalNumber }: { proposalNumber: number }) {
  return (
    <form method="post" action={fcpRoutePaths.raiseConcern(proposalNumber)}>
      <fieldset className={FIELDSET}>
        <legend className={LEGEND}>Raise a concern</legend>
        <label htmlFor="concern-text" className={`mt-1 ${LABEL}`}>
          Concern
        </label>
        <textarea
          id="concern-text"
          name="text"
          rows={2}
          required
          maxLength={500}
          aria-describedby="concern-text-hint"
          className={TEXT_INPUT}
        />
        <p id="concern-text-hint" className={HINT}>
          An open concern stops the FCP from starting, and from concluding once it runs, until a member resolves it.
        </p>
        <button type="submit" className={PRIMARY_BUTTON}>
          Raise concern
        </button>
      </fieldset>
    </form>
  );
}
