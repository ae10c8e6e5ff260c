import { describeSpan } from "./describe-countdown";

/**
 * The MSC page's FCP countdown as text around one moment: the page puts `at` in a
 * `<time>` between `before` and `after`. The page is rendered on each request, so no
 * client clock is needed. A concern open at the end does not extend the 5 days, but FCP
 * does not conclude until it is resolved (MSC-PROCESS.md), so an elapsed period says
 * what it still waits for.
 */
export type Countdown = { before: string; at: string; after: string };

const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? "" : "s"}`;

export function describeFcpCountdown(endsAt: string, now: Date, openConcerns: number, runHere = false): Countdown {
  const remaining = Date.parse(endsAt) - now.getTime();
  if (remaining > 0) return { before: `Ends in ${describeSpan(remaining)}, on`, at: endsAt, after: "." };
  const waiting =
    openConcerns > 0
      ? `waiting for ${plural(openConcerns, "concern")} to be resolved`
      : runHere
        ? "the tracker marks it finished at its next check"
        : "waiting for mscbot to mark it finished";
  return { before: "Period over on", at: endsAt, after: `; ${waiting}.` };
}
