import "server-only";
import { env } from "../env";
import type { FcpRules } from "./to-fcp-round-dto";

/** The FCP settings in force (lib/env.ts), for the data functions. */
export function fcpRulesFromEnv(): FcpRules {
  const settings = env();
  return { thresholdPercent: settings.FCP_THRESHOLD_PERCENT, durationDays: settings.FCP_DURATION_DAYS };
}
