import type { TimelineEntryDto } from "@/lib/proposals/proposal-detail-dto";
import { timelineDetail } from "@/lib/proposals/timeline/timeline-detail";
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

/** A vote's rationale or a cancellation's reason, under its sentence. */
function Why({ event }: { event: TimelineEntryDto }) {
  const detail = timelineDetail(event);
  if (!detail) return null;
  return (
    <span className="mt-0.5 block break-words text-zinc-800 dark:text-zinc-200">
      {detail.label}: “{detail.text}”
    </span>
  );
}

/** Every label change, FCP event, vote and concern, oldest first: the public audit trail. */
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
                <Why event={event} />
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
