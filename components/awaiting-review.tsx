import type { AwaitingReviewDto } from "@/lib/overview/group-awaiting-review";
import { ProposalLink } from "./proposal-link";

/** One section per SCT member with the proposed FCPs that wait for their position. */
export function AwaitingReview({ review }: { review: AwaitingReviewDto }) {
  return (
    <>
      {!review.team_known && (
        <p className="mt-2 text-zinc-700 dark:text-zinc-300">
          The current Spec Core Team is not known yet: no team sync has run. The members below are those each proposed
          FCP&apos;s own record lists as not having voted.
        </p>
      )}
      {review.members.length === 0 && (
        <p className="mt-2 text-zinc-700 dark:text-zinc-300">No proposed FCP waits for anyone&apos;s review.</p>
      )}
      <div className="mt-3 grid gap-4 sm:grid-cols-2">
        {review.members.map((member) => (
          <section
            key={member.login}
            aria-labelledby={`member-${member.login}`}
            className="rounded-md border border-zinc-200 p-3 dark:border-zinc-800"
          >
            <h3 id={`member-${member.login}`} className="font-semibold">
              {member.login}
            </h3>
            {member.awaiting.length === 0 ? (
              <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">Nothing awaits their review.</p>
            ) : (
              <ul className="mt-1 space-y-1 text-sm">
                {member.awaiting.map((msc) => (
                  <li key={msc.number}>
                    <ProposalLink number={msc.number} /> {msc.title}
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))}
      </div>
    </>
  );
}
