import { DeliveryError, oneLine } from "../channels/delivery-error";

// When a failed delivery is tried again. The GitHub write-back's describeWriteFailure has
// the same doubling but words every message as GitHub's answer, so the schedule is
// repeated here: 30 s doubling to an hour, at least what a rate limit asks for, and
// after MAX_ATTEMPTS the delivery is given up (recorded, shown on the delivery log).

const BASE_MS = 30_000;
const MAX_MS = 3_600_000;
export const MAX_ATTEMPTS = 8;

export type FailureOutcome =
  { status: "failed"; lastError: string; nextAttemptAt: Date } | { status: "gave_up"; lastError: string };

/** `attempts` counts this failure too (1 for the first). */
export function afterFailure(error: unknown, attempts: number, now: Date, maxAttempts = MAX_ATTEMPTS): FailureOutcome {
  const message = oneLine(error);
  const options = error instanceof DeliveryError ? error.options : {};
  if (options.permanent) return { status: "gave_up", lastError: `${message}; not retried` };
  if (attempts >= maxAttempts)
    return { status: "gave_up", lastError: `${message}; gave up after ${attempts} attempts` };
  const waitMs = Math.max(Math.min(BASE_MS * 2 ** (attempts - 1), MAX_MS), options.retryAfterMs ?? 0);
  const nextAttemptAt = new Date(now.getTime() + waitMs);
  return { status: "failed", lastError: `${message}; retrying at ${nextAttemptAt.toISOString()}`, nextAttemptAt };
}
