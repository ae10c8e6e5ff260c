import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ProposalFilters } from "@/components/proposal-filters";
import { ProposalResults } from "@/components/proposal-results";
import { FollowSearchForm } from "@/components/saved-searches/follow-search-form";
import { StatusFacets } from "@/components/status-facets";
import { FLASH_PARAM } from "@/lib/auth/flash";
import { readFlash } from "@/lib/auth/read-flash";
import { findProposals, pageOf } from "@/lib/proposals/list-proposals";
import { parseProposalQuery } from "@/lib/proposals/proposal-query";
import { proposalsSearch } from "@/lib/proposals/proposals-href";
import { hasFilters } from "@/lib/saved-searches/saved-search-filters";

export const metadata: Metadata = {
  title: "Proposals",
  description: "Every Matrix spec change proposal, filtered, searched and sorted.",
};

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Every MSC; the whole view (filters, sort, page) lives in the address. */
export default async function ProposalsPage({ searchParams }: { searchParams: SearchParams }) {
  const values = await searchParams;
  const params = toSearchParams(values);
  // A form's one-time message (lib/auth/flash.ts) is not part of the view's address.
  const flashNonce = params.get(FLASH_PARAM);
  params.delete(FLASH_PARAM);
  const parsed = parseProposalQuery(params);
  if ("error" in parsed) return <InvalidAddress message={parsed.error} />;
  const { query } = parsed;

  // A submitted form sends its empty fields too: answer with the one clean address of
  // the view, so the link a reader copies is short and equal views share it.
  const canonical = proposalsSearch(query);
  if (canonical !== params.toString()) redirect(canonical ? `/proposals?${canonical}` : "/proposals");

  const [found, flash] = await Promise.all([findProposals(query), flashNonce ? readFlash(values) : null]);
  const page = pageOf(found.matches, query);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Proposals</h1>
      <ProposalFilters query={query} kinds={found.kinds} areas={found.areas} />
      {(hasFilters(query) || flash?.area === "saved-search") && <FollowSearchForm query={query} flash={flash} />}
      <StatusFacets query={query} counts={found.statusCounts} />
      <ProposalResults query={query} total={page.total} proposals={page.proposals} />
    </div>
  );
}

function toSearchParams(values: Record<string, string | string[] | undefined>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) {
    for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value]) params.append(name, one);
  }
  return params;
}

function InvalidAddress({ message }: { message: string }) {
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-bold">Proposals</h1>
      <div
        role="alert"
        className="rounded border border-rose-300 bg-rose-50 p-3 text-rose-900 dark:border-rose-700 dark:bg-rose-950 dark:text-rose-100"
      >
        <p className="font-medium">This address asks for a view the tracker cannot show.</p>
        <p>{message}</p>
      </div>
      <p>
        <Link href="/proposals" className="underline underline-offset-4">
          Show every proposal
        </Link>{" "}
        and choose the filters again.
      </p>
    </div>
  );
}
