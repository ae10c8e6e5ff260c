import { ProposalTable } from "@/components/proposal-table";
import { StatusCounts } from "@/components/status-counts";
import { listProposalSummaries } from "@/lib/proposals/list-proposal-summaries";

export default async function HomePage() {
  const proposals = await listProposalSummaries();
  const inFcp = proposals.filter((p) => p.status === "fcp" || p.status === "proposed-fcp");
  const open = proposals.filter((p) => p.status === "in-review" || p.status === "draft");

  return (
    <div className="space-y-10">
      <section aria-labelledby="overview">
        <h1 id="overview" className="text-2xl font-bold">
          Matrix spec change proposals
        </h1>
        <p className="mt-1 text-zinc-600 dark:text-zinc-400">{proposals.length} proposals tracked.</p>
        <StatusCounts proposals={proposals} />
      </section>

      <section aria-labelledby="fcp-heading">
        <h2 id="fcp-heading" className="text-xl font-semibold">
          In or proposed for final comment period
        </h2>
        {inFcp.length === 0 ? (
          <p className="mt-2 text-zinc-600 dark:text-zinc-400">No proposal is in final comment period right now.</p>
        ) : (
          <ProposalTable caption="Proposals in or proposed for FCP" proposals={inFcp} />
        )}
      </section>

      <section aria-labelledby="open-heading">
        <h2 id="open-heading" className="text-xl font-semibold">
          Open for review ({open.length})
        </h2>
        <ProposalTable caption="Proposals open for review" proposals={open} />
      </section>
    </div>
  );
}
