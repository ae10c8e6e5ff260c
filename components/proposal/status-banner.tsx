import type { Status } from "@/lib/proposals/status";
import { StatusBadge } from "../status-badge";

/** The MSC's status in words and what happens next; the colour only repeats the text. */
export function StatusBanner({ status, explanation }: { status: Status; explanation: string }) {
  return (
    <section
      aria-labelledby="status-heading"
      className="rounded-lg border border-zinc-300 bg-zinc-50 p-4 dark:border-zinc-700 dark:bg-zinc-900"
    >
      <h2 id="status-heading" className="flex flex-wrap items-center gap-2 text-lg font-semibold">
        Status: <StatusBadge status={status} />
      </h2>
      <p className="mt-2 leading-relaxed">
        <span className="font-medium">What happens next: </span>
        {explanation}
      </p>
    </section>
  );
}
