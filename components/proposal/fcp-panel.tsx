import type { FcpPhase, FcpRoundDto } from "@/lib/fcp/fcp-dto";
import { fcpProgress } from "@/lib/fcp/fcp-progress";
import { describeFcpCountdown } from "@/lib/format/describe-fcp-countdown";
import { describeApprovals, describeBlockingConcerns } from "@/lib/proposals/describe-fcp-progress";
import { BallotGrid } from "./ballot-grid";
import { ConcernList } from "./concern-list";
import { UtcTime } from "./utc-time";

const PHASE_TEXT: Record<FcpPhase, string> = {
  proposed: "Proposed, collecting approvals",
  active: "Running",
  finished: "Finished",
  cancelled: "Cancelled",
};

function Countdown({ fcp, now }: { fcp: FcpRoundDto; now: Date }) {
  if (fcp.phase !== "active" || !fcp.ends_at) return null;
  const countdown = describeFcpCountdown(fcp.ends_at, now, fcp.open_concerns);
  return (
    <p className="mt-3 text-lg font-semibold" data-testid="fcp-countdown">
      {countdown.before} <UtcTime iso={countdown.at} />
      {countdown.after}
    </p>
  );
}

function Progress({ fcp }: { fcp: FcpRoundDto }) {
  if (fcp.phase !== "proposed" && fcp.phase !== "active") return null;
  const progress = fcpProgress(fcp);
  const blocked = describeBlockingConcerns(progress, fcp.phase);
  return (
    <ul aria-label="Progress" className="mt-3 flex flex-wrap gap-2 text-sm">
      <li className="rounded-full border border-zinc-300 px-3 py-1 dark:border-zinc-600">
        {progress.approvals} of {progress.required} approvals ({fcp.quorum_base} members counted)
      </li>
      {fcp.phase === "proposed" && (
        <li className="rounded-full border border-zinc-300 px-3 py-1 dark:border-zinc-600">
          {describeApprovals(progress)}
        </li>
      )}
      {progress.waitingOn.length > 0 && (
        <li className="rounded-full border border-zinc-300 px-3 py-1 dark:border-zinc-600">
          No position yet from {progress.waitingOn.join(", ")}
        </li>
      )}
      {blocked && (
        <li className="rounded-full border border-rose-400 px-3 py-1 font-medium text-rose-800 dark:border-rose-600 dark:text-rose-300">
          {blocked}
        </li>
      )}
    </ul>
  );
}

function Facts({ fcp }: { fcp: FcpRoundDto }) {
  return (
    <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
      <dt className="font-medium">Disposition</dt>
      <dd>{fcp.disposition}</dd>
      <dt className="font-medium">Phase</dt>
      <dd>{PHASE_TEXT[fcp.phase]}</dd>
      <dt className="font-medium">Proposed</dt>
      <dd>
        by {fcp.proposed_by} on <UtcTime iso={fcp.proposed_at} />
      </dd>
      {fcp.started_at && (
        <>
          <dt className="font-medium">Started</dt>
          <dd>
            <UtcTime iso={fcp.started_at} />
          </dd>
        </>
      )}
      {fcp.completed_at && (
        <>
          <dt className="font-medium">Completed</dt>
          <dd>
            <UtcTime iso={fcp.completed_at} />
          </dd>
        </>
      )}
      {fcp.cancelled_at && (
        <>
          <dt className="font-medium">Cancelled</dt>
          <dd>
            <UtcTime iso={fcp.cancelled_at} />
            {fcp.cancelled_by && ` by ${fcp.cancelled_by}`}
            {fcp.cancel_reason && `: ${fcp.cancel_reason}`}
          </dd>
        </>
      )}
    </dl>
  );
}

/** The current (or latest) FCP round: where it stands, the ballot, the concerns. */
export function FcpPanel({ fcp, history, now }: { fcp: FcpRoundDto; history: FcpRoundDto[]; now: Date }) {
  const earlier = history.filter((round) => round.id !== fcp.id);
  return (
    <section aria-labelledby="fcp-heading" className="rounded-lg border border-zinc-300 p-4 dark:border-zinc-700">
      <h2 id="fcp-heading" className="text-xl font-semibold">
        Final comment period
      </h2>
      <Countdown fcp={fcp} now={now} />
      <Progress fcp={fcp} />
      <Facts fcp={fcp} />
      <BallotGrid roster={fcp.roster} />
      <h3 className="mt-5 font-semibold">Concerns</h3>
      <ConcernList concerns={fcp.concerns} />
      {earlier.length > 0 && (
        <>
          <h3 className="mt-5 font-semibold">Earlier rounds</h3>
          <ul className="mt-2 list-disc space-y-1 pl-6 text-sm">
            {earlier.map((round) => (
              <li key={round.id}>
                To {round.disposition}, proposed by {round.proposed_by} on <UtcTime iso={round.proposed_at} />:{" "}
                {PHASE_TEXT[round.phase].toLowerCase()}
                {round.cancel_reason ? ` (${round.cancel_reason})` : ""}.
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
