import type { ProposalSummary } from "@/lib/proposals/proposal-summary";
import { STATUSES } from "@/lib/proposals/status";
import { StatusBadge } from "./status-badge";

export function StatusCounts({ proposals }: { proposals: ProposalSummary[] }) {
  const counts = new Map<string, number>();
  for (const p of proposals) counts.set(p.status, (counts.get(p.status) ?? 0) + 1);
  return (
    <ul aria-label="Proposals by status" className="mt-4 flex flex-wrap gap-3">
      {STATUSES.filter((s) => counts.has(s)).map((status) => (
        <li key={status} className="flex items-center gap-1.5 text-sm">
          <StatusBadge status={status} />
          <span className="tabular-nums">{counts.get(status)}</span>
        </li>
      ))}
    </ul>
  );
}
