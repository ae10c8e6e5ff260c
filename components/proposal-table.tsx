import Link from "next/link";
import { formatDate } from "@/lib/format/describe-age";
import type { ProposalSummary } from "@/lib/proposals/proposal-summary";
import { SortableHeader, type Sorting } from "./sortable-header";
import { StatusBadge } from "./status-badge";

/** What a row shows; a ProposalSummary is one. Dates appear when the table is given `showDates`. */
export type ProposalTableRow = Pick<ProposalSummary, "number" | "title" | "status" | "author"> & {
  createdAt?: string | null;
  updatedAt?: string | null;
};

type Column = { label: string; sortKey?: Sorting["sort"]; className?: string };

export function ProposalTable({
  caption,
  proposals,
  sorting,
  showDates = false,
}: {
  caption: string;
  proposals: ProposalTableRow[];
  /** Makes the headers links that sort the list (the /proposals page). */
  sorting?: Sorting;
  showDates?: boolean;
}) {
  const columns: Column[] = [
    { label: "MSC", sortKey: "number" },
    { label: "Title", sortKey: "title" },
    { label: "Status", sortKey: "status" },
    // Without the dates the table stays narrow, and the author is what a small screen drops.
    { label: "Author", className: showDates ? "" : "hidden sm:table-cell" },
    ...(showDates
      ? [
          { label: "Updated", sortKey: "updated" as const },
          { label: "Created", sortKey: "created" as const },
        ]
      : []),
  ];
  return (
    // Row and cell styles are classes in app/globals.css: they repeat on every row.
    <table className="proposal-table w-full border-collapse text-left text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b border-zinc-300 dark:border-zinc-700">
          {columns.map(({ label, sortKey, className = "" }) =>
            sorting && sortKey ? (
              <SortableHeader key={label} label={label} sortKey={sortKey} sorting={sorting} className={className} />
            ) : (
              <th key={label} scope="col" className={`py-2 pr-3 font-semibold ${className}`}>
                {label}
              </th>
            ),
          )}
        </tr>
      </thead>
      <tbody>
        {proposals.map((p) => (
          <tr key={p.number}>
            <td className="number">{p.number}</td>
            <td>
              <Link href={`/proposals/${p.number}`}>{p.title}</Link>
            </td>
            <td>
              <StatusBadge status={p.status} />
            </td>
            <td className={showDates ? "muted" : "muted hidden sm:table-cell"}>{p.author ?? "unknown"}</td>
            {showDates && (
              <>
                <td className="muted whitespace-nowrap">{dateCell(p.updatedAt)}</td>
                <td className="muted whitespace-nowrap">{dateCell(p.createdAt)}</td>
              </>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function dateCell(iso: string | null | undefined) {
  return iso ? <time dateTime={iso}>{formatDate(iso)}</time> : <span>unknown</span>;
}
