import { describeTimeAgo, formatDateTime } from "@/lib/format/describe-countdown";
import type { RecentChangeDto } from "@/lib/overview/recent-change";
import { ProposalLink } from "./proposal-link";

/** The newest change of each recently changed MSC: which MSC, what changed, when. */
export function RecentChangesList({ changes, now }: { changes: RecentChangeDto[]; now: Date }) {
  return (
    <ul aria-label="Recently changed proposals" className="mt-3 divide-y divide-zinc-100 dark:divide-zinc-800">
      {changes.map((change) => (
        <li key={change.number} className="flex flex-col gap-x-3 py-2 text-sm sm:flex-row sm:items-baseline">
          <ProposalLink number={change.number} />
          <span className="min-w-0 flex-1">{change.title}</span>
          <span className="text-zinc-700 dark:text-zinc-300">
            {change.what},{" "}
            <time dateTime={change.at} title={formatDateTime(change.at)} className="whitespace-nowrap">
              {describeTimeAgo(new Date(change.at), now)}
            </time>
          </span>
        </li>
      ))}
    </ul>
  );
}
