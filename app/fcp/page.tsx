import type { Metadata } from "next";
import Link from "next/link";
import { AwaitingReview } from "@/components/awaiting-review";
import { DataFreshnessLine } from "@/components/data-freshness-line";
import { FcpActiveTable } from "@/components/fcp-active-table";
import { FcpProposedTable } from "@/components/fcp-proposed-table";
import { groupAwaitingReview } from "@/lib/overview/group-awaiting-review";
import { listCurrentTeam } from "@/lib/overview/list-current-team";
import { listFcpOverview } from "@/lib/overview/list-fcp-overview";
import { getDataFreshness } from "@/lib/proposals/get-data-freshness";

export const metadata: Metadata = { title: "Final comment periods" };

const MUTED = "mt-2 text-zinc-700 dark:text-zinc-300";

export default async function FcpPage() {
  const [fcps, team, freshness] = await Promise.all([listFcpOverview(), listCurrentTeam(), getDataFreshness()]);
  const now = new Date();
  const review = groupAwaitingReview(team, fcps.proposed);

  return (
    <div className="space-y-10">
      <section aria-labelledby="fcp-page-heading">
        <h1 id="fcp-page-heading" className="text-2xl font-bold">
          Final comment periods
        </h1>
        <p className="mt-1 text-zinc-700 dark:text-zinc-300">
          Every running and proposed FCP, and what each Spec Core Team member has yet to review.{" "}
          <DataFreshnessLine freshness={freshness} now={now} />
        </p>
        <p className="mt-2">
          Follow FCPs:{" "}
          <a href="/feeds/fcp.ics" className="underline underline-offset-4">
            calendar of FCP end times (iCalendar)
          </a>
          {" · "}
          <a href="/feeds/fcp.atom" className="underline underline-offset-4">
            FCP feed (Atom)
          </a>
        </p>
      </section>

      <section aria-labelledby="active-fcp-heading">
        <h2 id="active-fcp-heading" className="text-xl font-semibold">
          In final comment period ({fcps.active.length})
        </h2>
        {fcps.active.length === 0 ? (
          <p className={MUTED}>No proposal is in final comment period right now.</p>
        ) : (
          <FcpActiveTable entries={fcps.active} now={now} />
        )}
      </section>

      <section aria-labelledby="proposed-fcp-heading">
        <h2 id="proposed-fcp-heading" className="text-xl font-semibold">
          Proposed for final comment period ({fcps.proposed.length})
        </h2>
        {fcps.proposed.length === 0 ? (
          <p className={MUTED}>No proposal is waiting for FCP votes right now.</p>
        ) : (
          <FcpProposedTable entries={fcps.proposed} />
        )}
      </section>

      <section aria-labelledby="awaiting-heading">
        <h2 id="awaiting-heading" className="text-xl font-semibold">
          Awaiting review, by Spec Core Team member
        </h2>
        <AwaitingReview review={review} />
        <p className={MUTED}>
          A proposed FCP starts once enough members approve and no concern is open. See also{" "}
          <Link href="/proposals?status=proposed-fcp" className="underline underline-offset-4">
            all proposals proposed for FCP
          </Link>
          .
        </p>
      </section>
    </div>
  );
}
