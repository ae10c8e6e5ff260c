import { UtcTime } from "@/components/proposal/utc-time";
import type { CorrectionTargets } from "@/lib/admin/admin-dto";
import { BUTTON, CONTROL, FIELD, MUTED } from "./form-classes";
import { ReasonField } from "./reason-field";

type Props = {
  targets: CorrectionTargets;
  /** "proposal": the routes send the browser back to the MSC's page instead of /admin. */
  returnTo?: "proposal";
};

const POSITIONS = ["approve", "abstain", "recuse", "none"] as const;

/**
 * An admin's corrections of one MSC's FCP data imported from GitHub: a member's
 * position on a round, a concern's state, a stale open round's close. Plain forms to
 * the correction routes; each needs a reason, and each is refused there unless the
 * viewer is an admin, whatever page shows it.
 */
export function CorrectionForms({ targets, returnTo }: Props) {
  const route = (what: string) =>
    `/api/v1/proposals/${targets.number}/corrections/${what}${returnTo ? `?return=${returnTo}` : ""}`;
  return (
    <section aria-labelledby="corrections-heading" id="corrections" className="space-y-4">
      <h2 id="corrections-heading" className="text-xl font-semibold">
        Correct MSC{targets.number}&apos;s FCP data
      </h2>
      <p className={MUTED}>
        For drift between GitHub and what the tracker imported. Every correction is recorded in the audit log with what
        it changed, from what, and your reason.
      </p>
      {targets.rounds.length === 0 && <p className={MUTED}>MSC{targets.number} has no FCP round on record.</p>}
      {targets.rounds.map((round) => (
        <div key={round.id} className="space-y-3 rounded border border-zinc-300 p-3 dark:border-zinc-700">
          <h3 className="font-semibold">
            Round {round.id}: {round.disposition}, {round.phase}, proposed <UtcTime iso={round.proposedAt} />
          </h3>
          <form method="post" action={route("position")}>
            <input type="hidden" name="roundId" value={round.id} />
            <fieldset className="flex flex-wrap items-end gap-3">
              <legend className="mb-2 font-medium">Set a member&apos;s recorded position</legend>
              <div className={FIELD}>
                <label htmlFor={`round-${round.id}-member`} className="font-medium">
                  Member
                </label>
                <select id={`round-${round.id}-member`} name="member" required className={CONTROL}>
                  {round.ballot.map((entry) => (
                    <option key={entry.login} value={entry.login}>
                      {entry.login} (now {entry.position})
                    </option>
                  ))}
                </select>
              </div>
              <div className={FIELD}>
                <label htmlFor={`round-${round.id}-position`} className="font-medium">
                  Position
                </label>
                <select id={`round-${round.id}-position`} name="position" required className={CONTROL}>
                  {POSITIONS.map((position) => (
                    <option key={position} value={position}>
                      {position}
                    </option>
                  ))}
                </select>
              </div>
              <ReasonField id={`round-${round.id}-position-reason`} />
              <button type="submit" className={BUTTON}>
                Correct position
              </button>
            </fieldset>
          </form>
          {(round.phase === "proposed" || round.phase === "active") && (
            <form method="post" action={route("round")}>
              <input type="hidden" name="roundId" value={round.id} />
              <fieldset className="flex flex-wrap items-end gap-3">
                <legend className="mb-2 font-medium">Close this stale round</legend>
                <div className={FIELD}>
                  <label htmlFor={`round-${round.id}-outcome`} className="font-medium">
                    Close as
                  </label>
                  <select id={`round-${round.id}-outcome`} name="outcome" required className={CONTROL}>
                    <option value="cancelled">cancelled</option>
                    <option value="finished">finished</option>
                  </select>
                </div>
                <ReasonField id={`round-${round.id}-close-reason`} />
                <button type="submit" className={BUTTON}>
                  Close round
                </button>
              </fieldset>
            </form>
          )}
        </div>
      ))}
      {targets.concerns.length > 0 && (
        <div className="space-y-3">
          <h3 className="font-semibold">Concerns</h3>
          {targets.concerns.map((concern) => (
            <form key={concern.id} method="post" action={route("concern")}>
              <input type="hidden" name="concernId" value={concern.id} />
              <input type="hidden" name="to" value={concern.resolved ? "open" : "resolved"} />
              <fieldset className="flex flex-wrap items-end gap-3">
                <legend className="mb-2 text-sm">
                  “{concern.text}” by {concern.raisedBy}: {concern.resolved ? "resolved" : "open"}
                </legend>
                <ReasonField id={`concern-${concern.id}-reason`} />
                <button type="submit" className={BUTTON}>
                  {concern.resolved ? "Reopen" : "Mark resolved"}
                </button>
              </fieldset>
            </form>
          ))}
        </div>
      )}
    </section>
  );
}
