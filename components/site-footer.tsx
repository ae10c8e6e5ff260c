import { describeAge, formatDate } from "@/lib/format/describe-age";
import type { DataFreshness } from "@/lib/proposals/data-freshness";

export function SiteFooter({ freshness, now }: { freshness: DataFreshness; now: Date }) {
  return (
    <footer className="mt-12 border-t border-zinc-200 dark:border-zinc-800">
      <div className="mx-auto max-w-6xl px-4 py-4 text-sm text-zinc-600 dark:text-zinc-400">
        {freshness.asOf === null ? (
          <p>No proposal data yet: run a sync to fetch MSCs from GitHub.</p>
        ) : (
          <p>
            Data as of <time dateTime={freshness.asOf}>{formatDate(freshness.asOf)}</time> (
            {describeAge(new Date(freshness.asOf), now)}),{" "}
            {freshness.source === "snapshot"
              ? "from the snapshot bundled with the tracker; no GitHub sync has run yet."
              : "from the last GitHub sync."}
          </p>
        )}
      </div>
    </footer>
  );
}
