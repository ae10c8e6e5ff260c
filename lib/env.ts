import "server-only";
import { z } from "zod";

// The only reader of process.env. Every setting is validated once, with a message a
// person can act on, before anything tries to use it.

const optionalText = z
  .string()
  .optional()
  .transform((value) => (value === undefined || value.trim() === "" ? undefined : value.trim()));

const envSchema = z.object({
  DATABASE_URL: optionalText.refine(
    (value) => value === undefined || /^postgres(ql)?:\/\/\S+$/.test(value),
    "DATABASE_URL must be a postgresql:// URL (leave it unset to use the embedded database)",
  ),
  DATA_DIR: optionalText.transform((value) => value ?? "./data"),
  PORT: optionalText
    .transform((value) => Number(value ?? 3000))
    .refine((port) => Number.isInteger(port) && port > 0 && port < 65536, "PORT must be a port number"),
  HOSTNAME: optionalText.transform((value) => value ?? "0.0.0.0"),
  GITHUB_API_URL: optionalText.transform((value) => value ?? "https://api.github.com"),
  GITHUB_TOKEN: optionalText,
  GITHUB_REPO: optionalText
    .transform((value) => value ?? "matrix-org/matrix-spec-proposals")
    .refine((value) => /^[\w.-]+\/[\w.-]+$/.test(value), "GITHUB_REPO must look like owner/name"),
  SCT_TEAM: optionalText
    .transform((value) => value ?? "matrix-org/spec-core-team")
    .refine((value) => /^[\w.-]+\/[\w.-]+$/.test(value), "SCT_TEAM must look like org/team-slug"),
  GITHUB_WEBHOOK_SECRET: optionalText,
  GITHUB_TIMEOUT_MS: optionalText
    .transform((value) => Number(value ?? 30_000))
    .refine((ms) => Number.isInteger(ms) && ms > 0, "GITHUB_TIMEOUT_MS must be a positive whole number"),
  SYNC_INTERVAL_MINUTES: optionalText
    .transform((value) => Number(value ?? 10))
    .refine((m) => Number.isFinite(m) && m >= 0, "SYNC_INTERVAL_MINUTES must be a number of minutes (0 turns it off)"),
  /** The share of the quorum base that must approve before FCP starts (MSC-PROCESS.md: 75 %). */
  FCP_THRESHOLD_PERCENT: optionalText
    .transform((value) => Number(value ?? 75))
    .refine(
      (p) => Number.isFinite(p) && p > 0 && p <= 100,
      "FCP_THRESHOLD_PERCENT must be a number above 0, at most 100",
    ),
  /** How long an FCP runs once started (MSC-PROCESS.md: 5 calendar days). */
  FCP_DURATION_DAYS: optionalText
    .transform((value) => Number(value ?? 5))
    .refine((d) => Number.isFinite(d) && d > 0, "FCP_DURATION_DAYS must be a positive number of days"),
  /** How long an anonymous page or API answer may be served from memory (0 turns the cache off). */
  RESPONSE_CACHE_SECONDS: optionalText
    .transform((value) => Number(value ?? 5))
    .refine((s) => Number.isFinite(s) && s >= 0, "RESPONSE_CACHE_SECONDS must be a number of seconds (0 turns it off)"),
  NODE_ENV: optionalText.transform((value) => value ?? "development"),
  /** Set by Next while it runs `next build`. */
  NEXT_PHASE: optionalText,
});

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new EnvError(`Invalid setting ${issue?.path.join(".")}: ${issue?.message}`);
  }
  return result.data;
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
