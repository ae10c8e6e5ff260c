import { earliest } from "./calendar";
import type { FcpLabelChange } from "./stats-proposal";

// When an MSC's first FCP started. A recorded FCP round is the better witness (mscbot's
// start comment, or a vote reaching the threshold); FCPs run "out of band" left only
// labels, so the first `final-comment-period` label added stands in for them.
export function firstFcpStart(roundStarts: readonly (number | null)[], labelChanges: readonly FcpLabelChange[]) {
  const fromRounds = earliest(roundStarts);
  if (fromRounds !== null) return fromRounds;
  return earliest(
    labelChanges.filter((c) => c.label === "final-comment-period" && c.action === "added").map((c) => c.at),
  );
}
