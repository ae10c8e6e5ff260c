import type { ReactNode } from "react";
import { formatDate } from "@/lib/format/describe-age";
import type { ProposalDetailDto } from "@/lib/proposals/proposal-detail-dto";

const LINK = "text-sky-800 underline underline-offset-2 dark:text-sky-300";

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="py-1.5 sm:grid sm:grid-cols-[8rem_1fr] sm:gap-3">
      <dt className="font-medium">{term}</dt>
      <dd className="break-words text-zinc-800 dark:text-zinc-200">{children}</dd>
    </div>
  );
}

const listOrNone = (items: string[]) => (items.length > 0 ? items.join(", ") : "none");

/** "#123" in an MSC body means a pull request in the MSC's own repository. */
function pullUrl(msc: string, number: number): string {
  return msc.replace(/\/(pull|issues)\/\d+$/, `/pull/${number}`);
}

export function ProposalMetadata({ proposal }: { proposal: ProposalDetailDto }) {
  const shepherds = proposal.shepherds.length > 0 ? proposal.shepherds : proposal.shepherd ? [proposal.shepherd] : [];
  const authors = proposal.authors.length > 0 ? proposal.authors : proposal.author ? [proposal.author] : [];
  return (
    <section aria-labelledby="details-heading">
      <h2 id="details-heading" className="text-xl font-semibold">
        Details
      </h2>
      <dl className="mt-2 divide-y divide-zinc-100 text-sm dark:divide-zinc-800">
        <Row term="Authors">{listOrNone(authors)}</Row>
        <Row term="Shepherd">{listOrNone(shepherds)}</Row>
        <Row term="Kind">{proposal.kind ?? "not labelled"}</Row>
        <Row term="Areas">{listOrNone(proposal.areas)}</Row>
        <Row term="GitHub state">
          {proposal.state}
          {proposal.draft ? " (draft)" : ""}
        </Row>
        <Row term="Labels">{listOrNone(proposal.labels)}</Row>
        <Row term="Related PRs">
          {proposal.related_prs.length === 0 ? (
            "none"
          ) : (
            <ul className="flex flex-wrap gap-x-3">
              {proposal.related_prs.map((n) => (
                <li key={n}>
                  <a href={pullUrl(proposal.url, n)} rel="noopener" className={LINK}>
                    #{n}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </Row>
        {proposal.documentation.length > 0 && (
          <Row term="Documentation">
            <ul>
              {proposal.documentation.map((url) => (
                <li key={url}>
                  <a href={url} rel="nofollow noopener" className={LINK}>
                    {url}
                  </a>
                </li>
              ))}
            </ul>
          </Row>
        )}
        {proposal.proposal_date && <Row term="Proposal date">{proposal.proposal_date}</Row>}
        {proposal.created_at && (
          <Row term="Opened">
            <time dateTime={proposal.created_at}>{formatDate(proposal.created_at)}</time>
          </Row>
        )}
        {proposal.updated_at && (
          <Row term="Last updated">
            <time dateTime={proposal.updated_at}>{formatDate(proposal.updated_at)}</time>
          </Row>
        )}
      </dl>
    </section>
  );
}
