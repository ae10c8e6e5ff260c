import { ProposalLink } from "@/components/proposal-link";
import { UtcTime } from "@/components/proposal/utc-time";
import type { MyConcern } from "@/lib/me/me-dto";

/** Concerns the reader raised: open first, each saying so in words, not by colour. */
export function MyConcernsList({ concerns }: { concerns: MyConcern[] }) {
  return (
    <ul className="mt-3 space-y-3">
      {concerns.map((concern, index) => (
        <li key={`${concern.number}-${index}`} className="text-sm">
          <span className="font-medium">{concern.resolved ? "Resolved" : "Open"}</span> on{" "}
          <ProposalLink number={concern.number} /> ({concern.title}): “{concern.text}”
          <span className="block text-zinc-700 dark:text-zinc-300">
            Raised <UtcTime iso={concern.raisedAt} />
            {concern.resolvedAt && (
              <>
                ; resolved <UtcTime iso={concern.resolvedAt} />
                {concern.resolvedBy && concern.resolvedBy !== "unknown" && ` by ${concern.resolvedBy}`}
              </>
            )}
          </span>
        </li>
      ))}
    </ul>
  );
}
