import { fcpRoutePaths } from "@/lib/fcp/actions/fcp-route-paths";
import { DANGER_BUTTON, FIELDSET, HINT, LABEL, LEGEND, TEXT_INPUT } from "./control-styles";

/** Any member may cancel a proposed or running FCP; its history stays on record. */
export function CancelFcpForm({ proposalNumber, roundId }: { proposalNumber: number; roundId: number }) {
  return (
    <form method="post" action={fcpRoutePaths.cancel(proposalNumber, roundId)}>
      <fieldset className={FIELDSET}>
        <legend className={LEGEND}>Cancel this FCP</legend>
        <label htmlFor="cancel-reason" className={`mt-1 ${LABEL}`}>
          Reason (optional)
        </label>
        <input
          id="cancel-reason"
          name="reason"
          maxLength={500}
          aria-describedby="cancel-reason-hint"
          className={TEXT_INPUT}
        />
        <p id="cancel-reason-hint" className={HINT}>
          The ballot and concerns stay on record with your reason; a member can propose a new FCP afterwards.
        </p>
        <button type="submit" className={DANGER_BUTTON}>
          Cancel this FCP
        </button>
      </fieldset>
    </form>
  );
}
