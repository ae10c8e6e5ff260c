import type { FcpPhase, FcpRoundDto } from "@/lib/fcp/fcp-dto";
import { fcpProgress } from "@/lib/fcp/fcp-progress";
import { describeFcpCountdown } from "@/lib/format/describe-fcp-countdown";
import { describeApprovals, describeBlockingConcerns } from "@/lib/proposals/describe-fcp-progress";
import { UtcTime } from "./utc-time";

// Where one FCP round stands, in words: time left, approvals, who has not voted, what blocks it.

export const PHASE_TEXT: Record<FcpPhase, string> = {
  proposed: "Proposed, collecting approvals",
  active: "Running",
  finished: "Finished",
  cancelled: "Cancelled",
};

export function Countdown({ fcp, now }: { fcp: FcpRoundDto; now: Date }) {
  if (fcp.phase !== "active" || !fcp.ends_at) return null;
  const countdown = describeFcpCountdown(fcp.ends_at, now, fcp.open_concerns, fcp.run_here);
  return (
    <p className="mt-3 text-lg font-semibold" data-testid="fcp-countdown">
      {countdown.before} <UtcTime iso={countdown.at} />
      {countdown.after}
    </p>
  );
}

export function Progress({ fcp }: { fcp: FcpRoundDto }) {
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

export function Facts({ fcp }: { fcp: FcpRoundDto }) {
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
