import type { TimelineEntryDto } from "@/lib/proposals/proposal-detail-dto";
import { UtcTime } from "./utc-time";

const SOURCE_TEXT: Record<string, string> = {
  snapshot: "bundled snapshot",
  sync: "GitHub sync",
  webhook: "GitHub webhook",
  web: "this site",
  mscbot: "mscbot comment",
  system: "the tracker",
};

// Most sentences already name who acted ("richvdh approved ..."); say it once.
const byline = (event: TimelineEntryDto) =>
  event.actor && !event.text.includes(event.actor) ? ` by ${event.actor}` : "";

/** Every label change, FCP event, vote and concern, oldest first. */
export function ProposalTimeline({ events }: { events: TimelineEntryDto[] }) {
  return (
    <section aria-labelledby="timeline-heading">
      <h2 id="timeline-heading" className="text-xl font-semibold">
        Timeline
      </h2>
      {events.length === 0 ? (
        <p className="mt-2 text-zinc-700 dark:text-zinc-300">No events are recorded for this proposal yet.</p>
      ) : (
        <>
          <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">Oldest first, times in UTC.</p>
          <ol className="mt-3 space-y-2 border-l-2 border-zinc-200 pl-4 dark:border-zinc-700">
            {events.map((event, index) => (
              <li key={`${event.at}-${index}`} className="text-sm">
                <UtcTime iso={event.at} />
                {": "}
                <span className="font-medium">{event.text}</span>
                <span className="text-zinc-700 dark:text-zinc-300">
                  {byline(event)} (source: {SOURCE_TEXT[event.source] ?? event.source})
                </span>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
