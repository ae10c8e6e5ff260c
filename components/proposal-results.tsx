import Link from "next/link";
import type { ProposalDto } from "@/lib/proposals/proposal-dto";
import { effectiveSort, type ProposalQuery } from "@/lib/proposals/proposal-query";
import { proposalsHref } from "@/lib/proposals/proposals-href";
import { Pagination } from "./pagination";
import { ProposalTable } from "./proposal-table";

const count = (n: number) => n.toLocaleString("en-GB");

/** The matching proposals: how many, one page of them as a sortable table, and paging. */
export function ProposalResults({
  query,
  total,
  proposals,
}: {
  query: ProposalQuery;
  total: number;
  proposals: ProposalDto[];
}) {
  const pageCount = Math.max(1, Math.ceil(total / query.per_page));
  const first = (query.page - 1) * query.per_page + 1;
  const { sort, order } = effectiveSort(query);
  const sorting = {
    sort,
    order,
    // The same column again flips the order; another column starts from its natural order.
    hrefFor: (key: typeof sort) =>
      proposalsHref(query, {
        sort: key,
        order: key === sort ? (order === "asc" ? "desc" : "asc") : undefined,
        page: undefined,
      }),
  };
  const rows = proposals.map((p) => ({
    number: p.number,
    title: p.title,
    status: p.status,
    author: p.author,
    createdAt: p.created_at,
    updatedAt: p.updated_at,
  }));

  return (
    <section aria-labelledby="results-heading" className="space-y-3">
      <h2 id="results-heading" className="text-xl font-semibold">
        {total === 0 ? "No matching proposals" : `${count(total)} ${total === 1 ? "proposal" : "proposals"}`}
      </h2>
      {total === 0 ? (
        <p>
          No proposal matches these filters.{" "}
          <Link href="/proposals" className="underline underline-offset-4">
            Clear filters
          </Link>{" "}
          to see every proposal.
        </p>
      ) : proposals.length === 0 ? (
        <p>
          There is no page {query.page}: these filters give {pageCount} {pageCount === 1 ? "page" : "pages"}.{" "}
          <Link href={proposalsHref(query, { page: pageCount })} className="underline underline-offset-4">
            Go to the last page
          </Link>
          .
        </p>
      ) : (
        <>
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            Showing {count(first)}–{count(first + proposals.length - 1)} of {count(total)}.
          </p>
          {/* Narrow screens scroll the table sideways; focusable so the keyboard can scroll it too. */}
          <div role="region" aria-label="Proposals table, scrolls sideways" tabIndex={0} className="overflow-x-auto">
            <div className="min-w-2xl">
              <ProposalTable caption="Matching proposals" proposals={rows} sorting={sorting} showDates />
            </div>
          </div>
        </>
      )}
      <Pagination page={query.page} pageCount={pageCount} hrefFor={(page) => proposalsHref(query, { page })} />
    </section>
  );
}
