import { describeAge, formatDate } from "@/lib/format/describe-age";
import type { DataFreshness } from "@/lib/proposals/data-freshness";

/** A short line near the top of a page saying how current its data is (the footer says more). */
export function DataFreshnessLine({ freshness, now }: { freshness: DataFreshness; now: Date }) {
  if (freshness.asOf === null) return <>No data yet: run a sync to fetch MSCs from GitHub.</>;
  return (
    <>
      Data as of <time dateTime={freshness.asOf}>{formatDate(freshness.asOf)}</time> (
      {describeAge(new Date(freshness.asOf), now)})
      {freshness.source === "snapshot" ? ", from the bundled snapshot" : ""}.
    </>
  );
}
