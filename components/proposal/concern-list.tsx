import type { ConcernDto } from "@/lib/fcp/fcp-dto";
import { ResolveConcernButton } from "./fcp-controls/resolve-concern-button";
import { UtcTime } from "./utc-time";

// mscbot's status comment does not say who raised or resolved a concern; until an
// `@mscbot concern` command names them, the importer records "unknown".
const who = (login: string | null) => (login && login !== "unknown" ? login : "an SCT member (not recorded)");

/** Every concern of the round; with `resolveOn`, a member's Resolve button beside each open one. */
export function ConcernList({ concerns, resolveOn }: { concerns: ConcernDto[]; resolveOn?: number }) {
  if (concerns.length === 0) return <p className="mt-2 text-zinc-700 dark:text-zinc-300">No concern was raised.</p>;
  return (
    <ul className="mt-2 space-y-3">
      {concerns.map((concern) => (
        <li key={concern.id} className="rounded border border-zinc-200 p-3 dark:border-zinc-700">
          <p>
            <span
              className={
                concern.resolved
                  ? "font-semibold text-emerald-800 dark:text-emerald-300"
                  : "font-semibold text-rose-800 dark:text-rose-300"
              }
            >
              {concern.resolved ? "Resolved:" : "Open:"}
            </span>{" "}
            {concern.text}
          </p>
          <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">
            Raised by {who(concern.raised_by)} on <UtcTime iso={concern.raised_at} />
            {concern.resolved && (
              <>
                ; resolved by {who(concern.resolved_by)}
                {concern.resolved_at && (
                  <>
                    {" "}
                    on <UtcTime iso={concern.resolved_at} />
                  </>
                )}
              </>
            )}
            .
          </p>
          {resolveOn !== undefined && !concern.resolved && (
            <ResolveConcernButton proposalNumber={resolveOn} concernId={concern.id} text={concern.text} />
          )}
        </li>
      ))}
    </ul>
  );
}
