import Link from "next/link";
import type { Order, SortKey } from "@/lib/proposals/proposal-query";

export type Sorting = {
  sort: SortKey;
  order: Order;
  /** The address that sorts by `key`: a plain link, so sorting works without JavaScript. */
  hrefFor: (key: SortKey) => string;
};

const ARIA_SORT = { asc: "ascending", desc: "descending" } as const;

/** A column header that is a link to the list sorted by it; aria-sort says the current order. */
export function SortableHeader({
  label,
  sortKey,
  sorting,
  className = "",
}: {
  label: string;
  sortKey: SortKey;
  sorting: Sorting;
  className?: string;
}) {
  const active = sorting.sort === sortKey;
  return (
    <th scope="col" aria-sort={active ? ARIA_SORT[sorting.order] : undefined} className={`py-2 pr-3 ${className}`}>
      <Link
        href={sorting.hrefFor(sortKey)}
        className="inline-flex items-center gap-1 font-semibold underline-offset-4 hover:underline focus-visible:underline"
      >
        {label}
        {/* The arrow repeats aria-sort for sighted readers; screen readers hear aria-sort. */}
        <span aria-hidden="true" className={active ? "" : "text-zinc-400 dark:text-zinc-500"}>
          {active ? (sorting.order === "asc" ? "▲" : "▼") : "↕"}
        </span>
      </Link>
    </th>
  );
}
