import Link from "next/link";
import type { StatusCountsDto } from "@/lib/overview/status-counts-dto";
import { STATUSES } from "@/lib/proposals/status";
import { StatusBadge } from "./status-badge";

/** One link per status that any MSC has, to the proposals list filtered by it. */
export function StatusCounts({ counts }: { counts: StatusCountsDto }) {
  return (
    <ul aria-label="Proposals by status" className="mt-4 flex flex-wrap gap-2">
      {STATUSES.filter((s) => counts[s]).map((status) => (
        <li key={status}>
          <Link
            href={`/proposals?status=${status}`}
            className="flex items-center gap-1.5 rounded-md px-1.5 py-1 text-sm underline-offset-4 hover:bg-zinc-100 hover:underline dark:hover:bg-zinc-900"
          >
            <StatusBadge status={status} />
            <span className="tabular-nums">{counts[status]}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
