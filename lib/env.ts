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
  /**
   * Whether app-run FCP rounds are written back to GitHub as labels and mscbot-style
   * comments: off (default), dry-run (log what would be written) or on (needs a token
   * that can write issues). true and false are read as on and off.
   */
  GITHUB_WRITE_BACK: optionalText
    .transform((value) => value?.toLowerCase())
    .refine(
      (value) => value === undefined || ["off", "false", "dry-run", "on", "true"].includes(value),
      "GITHUB_WRITE_BACK must be off, dry-run or on",
    )
    .transform((value): WriteBackMode => {
      if (value === "on" || value === "true") return "on";
      return value === "dry-run" ? "dry-run" : "off";
    }),
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
  /** How often the server starts ready FCPs and concludes due ones (0 turns the sweep off). */
  FCP_SWEEP_SECONDS: optionalText
    .transform((value) => Number(value ?? 60))
    .refine((s) => Number.isFinite(s) && s >= 0, "FCP_SWEEP_SECONDS must be a number of seconds (0 turns it off)"),
  /** How long an anonymous page or API answer may be served from memory (0 turns the cache off). */
  RESPONSE_CACHE_SECONDS: optionalText
    .transform((value) => Number(value ?? 5))
    .refine((s) => Number.isFinite(s) && s >= 0, "RESPONSE_CACHE_SECONDS must be a number of seconds (0 turns it off)"),
  /** The web host of GitHub's OAuth pages (GitHub Enterprise, or the tests' fake GitHub). */
  GITHUB_WEB_URL: optionalText
    .transform((value) => (value ?? "https://github.com").replace(/\/+$/, ""))
    .refine(isHttpUrl, "GITHUB_WEB_URL must be an http(s):// URL"),
  /** The GitHub OAuth app members sign in with; both or neither. */
  GITHUB_CLIENT_ID: optionalText,
  GITHUB_CLIENT_SECRET: optionalText,
  NEXTAUTH_SECRET: optionalText,
  /** The app's public URL; next-auth reads it too (callback URLs, secure cookies). */
  NEXTAUTH_URL: optionalText.refine(
    (value) => value === undefined || isHttpUrl(value),
    "NEXTAUTH_URL must be the app's public http(s):// URL",
  ),
  /** GitHub logins made admins when they sign in: the first admins, before any UI. */
  ADMIN_GITHUB_LOGINS: optionalText.transform((value) =>
    (value ?? "")
      .split(",")
      .map((login) => login.trim().toLowerCase())
      .filter(Boolean),
  ),
  /** "Sign in as <login>" without GitHub: development and tests only. */
  DEV_SIGN_IN: optionalText
    .refine(
      (value) => value === undefined || value === "true" || value === "false",
      "DEV_SIGN_IN must be true or false",
    )
    .transform((value) => value === "true"),
  /** Outgoing mail for e-mail notifications: smtp://user:pass@host:587 or smtps://...:465. */
  SMTP_URL: optionalText.refine(
    (value) => value === undefined || (/^smtps?:\/\/[^\s/]+/.test(value) && URL.canParse(value)),
    "SMTP_URL must be an smtp:// or smtps:// URL, e.g. smtp://user:password@mail.example.org:587",
  ),
  /** The From of notification mails, e.g. "MSC Tracker <msc-tracker@example.org>". */
  SMTP_FROM: optionalText,
  /** The Matrix room notifications are posted to: homeserver, the poster's token and the room id. */
  MATRIX_HOMESERVER_URL: optionalText
    .transform((value) => value?.replace(/\/+$/, ""))
    .refine((value) => value === undefined || isHttpUrl(value), "MATRIX_HOMESERVER_URL must be an http(s):// URL"),
  MATRIX_ACCESS_TOKEN: optionalText,
  MATRIX_ROOM_ID: optionalText.refine(
    (value) => value === undefined || /^![^:\s]+:\S+$/.test(value),
    "MATRIX_ROOM_ID must be a room id like !abcdef:example.org (not an #alias)",
  ),
  /** Which MSCs the room hears about: all, or only those someone follows. */
  MATRIX_SCOPE: wordSetting("MATRIX_SCOPE", ["all", "followed"], "all"),
  MATRIX_LEVEL: wordSetting("MATRIX_LEVEL", ["significant", "every"], "significant"),
  /** How often notifications are dispatched and sent (0 turns them off). */
  NOTIFY_INTERVAL_SECONDS: optionalText
    .transform((value) => Number(value ?? 30))
    .refine(
      (s) => Number.isFinite(s) && s >= 0,
      "NOTIFY_INTERVAL_SECONDS must be a number of seconds (0 turns notifications off)",
    ),
  /** Days a proposed FCP waits for a member's position before (and between) reminders; 0 turns them off. */
  REMINDER_POSITION_DAYS: reminderDays("REMINDER_POSITION_DAYS", 3),
  /** Days after an FCP to merge finished with its PR still open before (and between) reminders; 0: off. */
  REMINDER_MERGE_DAYS: reminderDays("REMINDER_MERGE_DAYS", 7),
  NODE_ENV: optionalText.transform((value) => value ?? "development"),
  /** Set by Next while it runs `next build`. */
  NEXT_PHASE: optionalText,
});

export type WriteBackMode = "off" | "dry-run" | "on";

/** One of a few words, ignoring case, or the default when unset. */
function wordSetting<const T extends string>(name: string, words: readonly T[], fallback: T) {
  return optionalText
    .transform((value) => value?.toLowerCase())
    .refine(
      (value) => value === undefined || (words as readonly string[]).includes(value),
      `${name} must be ${words.join(" or ")}`,
    )
    .transform((value) => (value ?? fallback) as T);
}

/** A number of days, fractions allowed (the e2e server uses tiny ones), 0 for off. */
function reminderDays(name: string, fallback: number) {
  return optionalText
    .transform((value) => Number(value ?? fallback))
    .refine((d) => Number.isFinite(d) && d >= 0, `${name} must be a number of days (0 turns these reminders off)`);
}

function isHttpUrl(value: string): boolean {
  return /^https?:\/\/[^\s/]+/.test(value) && URL.canParse(value);
}

// Settings that are only wrong in combination. Sign-in is what guards votes, so a
// half-configured or unsafe sign-in stops start-up instead of failing at the first click.
const checkedEnvSchema = envSchema.superRefine((settings, ctx) => {
  const production = settings.NODE_ENV === "production";
  const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
  if (Boolean(settings.GITHUB_CLIENT_ID) !== Boolean(settings.GITHUB_CLIENT_SECRET)) {
    issue("GITHUB_CLIENT_SECRET", "set GITHUB_CLIENT_ID and GITHUB_CLIENT_SECRET together (or neither)");
  }
  if (production && settings.DEV_SIGN_IN) {
    issue("DEV_SIGN_IN", "sign-in without GitHub is for development and tests only; unset it in production");
  }
  if (settings.GITHUB_WRITE_BACK === "on" && !settings.GITHUB_TOKEN) {
    issue(
      "GITHUB_TOKEN",
      "GITHUB_WRITE_BACK=on needs a GITHUB_TOKEN that can write issues (labels and comments); set one, or use dry-run",
    );
  }
  if (settings.SMTP_URL && !settings.SMTP_FROM) {
    issue("SMTP_FROM", "SMTP_URL is set: set SMTP_FROM too, the sender of notification mails");
  }
  const matrix = [settings.MATRIX_HOMESERVER_URL, settings.MATRIX_ACCESS_TOKEN, settings.MATRIX_ROOM_ID];
  if (matrix.some(Boolean) && !matrix.every(Boolean)) {
    issue(
      "MATRIX_ROOM_ID",
      "set MATRIX_HOMESERVER_URL, MATRIX_ACCESS_TOKEN and MATRIX_ROOM_ID together (or none) to post to a Matrix room",
    );
  }
  if (production && settings.GITHUB_CLIENT_ID && !settings.NEXTAUTH_SECRET) {
    issue("NEXTAUTH_SECRET", "required in production when sign-in is configured (e.g. `openssl rand -base64 32`)");
  }
});

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = checkedEnvSchema.safeParse(source);
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
