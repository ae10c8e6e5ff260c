import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { CorrectionForms } from "@/components/admin/correction-forms";
import { FlashMessage } from "@/components/flash-message";
import { FollowButton } from "@/components/follow-button";
import { FcpPanel } from "@/components/proposal/fcp-panel";
import { ProposalLinks } from "@/components/proposal/proposal-links";
import { ProposalMarkdown } from "@/components/proposal/proposal-markdown";
import { ProposalMetadata } from "@/components/proposal/proposal-metadata";
import { ProposalTimeline } from "@/components/proposal/proposal-timeline";
import { StatusBanner } from "@/components/proposal/status-banner";
import { signInAvailable } from "@/lib/auth/auth-options";
import { getViewer } from "@/lib/auth/get-viewer";
import { readFlash } from "@/lib/auth/read-flash";
import { loadCorrectionTargets } from "@/lib/admin/corrections/load-correction-targets";
import { getPrisma } from "@/lib/db/client";
import { isFollowing } from "@/lib/follows/is-following";
import { explainStatus } from "@/lib/proposals/explain-status";
import { getProposalDetail } from "@/lib/proposals/get-proposal-detail";
import { displayTitle, feedPath, parseProposalNumber } from "@/lib/proposals/proposal-page-paths";

type Props = {
  params: Promise<{ number: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// generateMetadata and the page ask for the same MSC in one request: read it once.
const loadProposal = cache(async (raw: string) => {
  const number = parseProposalNumber(raw);
  return number === null ? null : getProposalDetail(number);
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const proposal = await loadProposal((await params).number);
  if (!proposal) return { title: "MSC not found" };
  const title = displayTitle(proposal.number, proposal.title);
  return {
    title,
    description: `Status, final comment period, timeline and text of ${title}.`,
    alternates: { types: { "application/atom+xml": [{ url: feedPath(proposal.number), title: `${title}: updates` }] } },
  };
}

export default async function ProposalPage({ params, searchParams }: Props) {
  const proposal = await loadProposal((await params).number);
  if (!proposal) notFound();
  const now = new Date();
  const [viewer, flash] = await Promise.all([getViewer(), readFlash(await searchParams)]);
  // Each form returns to its own part of the page (#fcp, #follow, #corrections); its message shows there.
  const flashFor = (area: string) => (flash && (flash.area ?? "fcp") === area ? flash : null);
  const prisma = await getPrisma();
  const [following, corrections] = await Promise.all([
    viewer.login === null ? false : isFollowing(prisma, viewer.login, proposal.number),
    viewer.isAdmin ? loadCorrectionTargets(prisma, proposal.number) : null,
  ]);
  const controls = {
    proposalNumber: proposal.number,
    proposalOpen: proposal.state === "open",
    viewer,
    canSignIn: signInAvailable(),
  };
  // A reader sees the section when there is a round to show; a member, to propose one.
  const showFcp = proposal.fcp !== null || flashFor("fcp") !== null || (viewer.isMember && controls.proposalOpen);

  return (
    <article className="space-y-8" aria-labelledby="proposal-title">
      <header>
        <p className="font-mono text-sm text-zinc-700 dark:text-zinc-300">MSC{proposal.number}</p>
        <h1 id="proposal-title" className="text-2xl font-bold break-words">
          {displayTitle(proposal.number, proposal.title)}
        </h1>
        <ProposalLinks
          githubUrl={proposal.url}
          renderedUrl={proposal.rendered_url}
          feedUrl={feedPath(proposal.number)}
        />
        {/* Also for a reader whose session ended before they pressed Follow: the refusal shows here. */}
        {(viewer.login !== null || flashFor("follow")) && (
          <div id="follow" className="mt-3 flex scroll-mt-4 flex-wrap items-center gap-3">
            {viewer.login !== null && <FollowButton number={proposal.number} following={following} />}
            <FlashMessage flash={flashFor("follow")} />
          </div>
        )}
      </header>

      <StatusBanner status={proposal.status} explanation={explainStatus(proposal, now)} />

      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <div className="min-w-0 space-y-8">
          {showFcp && (
            <FcpPanel
              fcp={proposal.fcp}
              history={proposal.fcp_history}
              now={now}
              controls={controls}
              flash={flashFor("fcp")}
            />
          )}
          <section aria-labelledby="text-heading">
            <h2 id="text-heading" className="text-xl font-semibold">
              Proposal text
            </h2>
            {proposal.body ? (
              <ProposalMarkdown markdown={proposal.body} />
            ) : (
              <p className="mt-2 text-zinc-700 dark:text-zinc-300">
                The tracker has no copy of this proposal&apos;s description yet; read it on GitHub.
              </p>
            )}
          </section>
          <ProposalTimeline events={proposal.events} />
          {corrections ? (
            <div className="space-y-3">
              <FlashMessage flash={flashFor("corrections")} />
              <CorrectionForms targets={corrections} returnTo="proposal" />
            </div>
          ) : (
            // A correction refused to a non-admin returns here: say why, where it returned to.
            flashFor("corrections") && (
              <div id="corrections" className="scroll-mt-4">
                <FlashMessage flash={flashFor("corrections")} />
              </div>
            )
          )}
        </div>
        <ProposalMetadata proposal={proposal} />
      </div>
    </article>
  );
}
