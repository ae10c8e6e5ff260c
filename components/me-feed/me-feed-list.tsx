import { formatUtc, shortTitle } from "@/lib/feeds/describe-feed-event";
import type { MeFeedEntry } from "@/lib/me-feed/me-feed-entry";

/** The reader's feed, newest first; unread entries say "New" in words, not only in colour. */
export function MeFeedList({ entries }: { entries: MeFeedEntry[] }) {
  return (
    <ol className="mt-3 space-y-3">
      {entries.map((entry) => (
        <li key={entry.key} className={`text-sm ${entry.isNew ? "border-l-4 border-amber-500 pl-2" : "pl-3"}`}>
          {entry.isNew ? <strong className="mr-2 uppercase">New</strong> : null}
          <a href={`/proposals/${entry.proposalNumber}`} className="underline underline-offset-4">
            {entry.headline}
          </a>{" "}
          <span className="text-zinc-700 dark:text-zinc-300">
            ({shortTitle(entry.proposalNumber, entry.proposalTitle)}) ·{" "}
            <time dateTime={entry.at.toISOString()}>{formatUtc(entry.at)}</time>
          </span>
        </li>
      ))}
    </ol>
  );
}
