import Link from "next/link";
import type { ProposalQuery } from "@/lib/proposals/proposal-query";
import { proposalsHref } from "@/lib/proposals/proposals-href";
import { STATUSES, type Status } from "@/lib/proposals/status";
import { StatusBadge } from "./status-badge";

/**
 * One link per status, with how many proposals it would show under the other filters
 * kept: a reader sees where the matches are before narrowing. Statuses with none are
 * left out, except the one chosen (so it can be seen, and left).
 */
export function StatusFacets({ query, counts }: { query: ProposalQuery; counts: Partial<Record<Status, number>> }) {
  const total = STATUSES.reduce((sum, status) => sum + (counts[status] ?? 0), 0);
  const shown = STATUSES.filter((status) => (counts[status] ?? 0) > 0 || status === query.status);
  const item = "inline-flex items-center gap-1.5 rounded-full px-1 py-0.5 text-sm underline-offset-4 hover:underline";
  const current = "outline-2 outline-offset-1 outline-zinc-900 dark:outline-zinc-100";
  return (
    <nav aria-labelledby="status-facets-heading">
      <h2 id="status-facets-heading" className="text-sm font-semibold">
        By status
      </h2>
      <ul className="mt-2 flex flex-wrap gap-x-3 gap-y-2">
        <li>
          <Link
            href={proposalsHref(query, { status: undefined, page: undefined })}
            aria-current={query.status ? undefined : "true"}
            className={`${item} ${query.status ? "" : current}`}
          >
            <span className="font-medium">All statuses</span>
            <span className="tabular-nums">{total}</span>
          </Link>
        </li>
        {shown.map((status) => (
          <li key={status}>
            <Link
              href={proposalsHref(query, { status, page: undefined })}
              aria-current={query.status === status ? "true" : undefined}
              className={`${item} ${query.status === status ? current : ""}`}
            >
              <StatusBadge status={status} />
              <span className="tabular-nums">{counts[status] ?? 0}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
