import Link from "next/link";
import { DataFreshnessLine } from "@/components/data-freshness-line";
import { FcpActiveTable } from "@/components/fcp-active-table";
import { FcpProposedTable } from "@/components/fcp-proposed-table";
import { RecentChangesList } from "@/components/recent-changes-list";
import { StatusCounts } from "@/components/status-counts";
import { countProposalsByStatus } from "@/lib/overview/count-proposals-by-status";
import { listFcpOverview } from "@/lib/overview/list-fcp-overview";
import { listRecentChanges } from "@/lib/overview/list-recent-changes";
import { getDataFreshness } from "@/lib/proposals/get-data-freshness";

const RECENT_CHANGES = 12;

// What needs attention now, and nothing more: FCPs, recent changes and the counts that
// link to the full lists. Every list here is bounded, so the page stays small however
// many MSCs exist (the full list lives at /proposals).
export default async function HomePage() {
  const [counts, fcps, changes, freshness] = await Promise.all([
    countProposalsByStatus(),
    listFcpOverview(),
    listRecentChanges(RECENT_CHANGES),
    getDataFreshness(),
  ]);
  const now = new Date();
  const total = Object.values(counts).reduce((sum, n) => sum + n, 0);

  return (
    <div className="space-y-10">
      <section aria-labelledby="overview">
        <h1 id="overview" className="text-2xl font-bold">
          Matrix spec change proposals
        </h1>
        <p className="mt-1 text-zinc-700 dark:text-zinc-300">
          {total} proposals tracked. <DataFreshnessLine freshness={freshness} now={now} />
        </p>
        <StatusCounts counts={counts} />
      </section>

      <section aria-labelledby="fcp-heading">
        <h2 id="fcp-heading" className="text-xl font-semibold">
          Final comment period
        </h2>
        <p className="mt-1 text-zinc-700 dark:text-zinc-300">
          <Link href="/fcp" className="underline underline-offset-4">
            All FCPs, and what each Spec Core Team member has yet to review
          </Link>
        </p>
        <h3 id="active-fcp-heading" className="mt-6 text-lg font-semibold">
          In final comment period ({fcps.active.length})
        </h3>
        {fcps.active.length === 0 ? (
          <p className="mt-2 text-zinc-700 dark:text-zinc-300">No proposal is in final comment period right now.</p>
        ) : (
          <FcpActiveTable entries={fcps.active} now={now} />
        )}
        <h3 id="proposed-fcp-heading" className="mt-6 text-lg font-semibold">
          Proposed for final comment period ({fcps.proposed.length})
        </h3>
        {fcps.proposed.length === 0 ? (
          <p className="mt-2 text-zinc-700 dark:text-zinc-300">No proposal is waiting for FCP votes right now.</p>
        ) : (
          <FcpProposedTable entries={fcps.proposed} />
        )}
      </section>

      <section aria-labelledby="recent-heading">
        <h2 id="recent-heading" className="text-xl font-semibold">
          Recently changed
        </h2>
        {changes.length === 0 ? (
          <p className="mt-2 text-zinc-700 dark:text-zinc-300">No changes recorded yet.</p>
        ) : (
          <RecentChangesList changes={changes} now={now} />
        )}
      </section>
    </div>
  );
}
