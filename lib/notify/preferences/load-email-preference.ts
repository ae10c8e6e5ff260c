import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import { env } from "@/lib/env";

export type EmailPreferenceView = {
  enabled: boolean;
  level: "every" | "significant";
  cadence: "immediate" | "daily";
  digestHour: number;
  /** The address they entered, or null for their GitHub one. */
  address: string | null;
  /** Their e-mail from GitHub, when sign-in gave one. */
  githubEmail: string | null;
  /** Whether this server can send mail at all (SMTP_URL). */
  smtpConfigured: boolean;
};

/** The viewer's e-mail settings for /me/notifications; the defaults when never saved. */
export async function loadEmailPreference(prisma: PrismaClient, login: string): Promise<EmailPreferenceView> {
  const user = await prisma.user.findFirst({
    where: { githubLogin: { equals: login, mode: "insensitive" } },
    select: {
      email: true,
      emailPreference: { select: { enabled: true, level: true, cadence: true, digestHour: true, address: true } },
    },
  });
  const saved = user?.emailPreference;
  return {
    enabled: saved?.enabled ?? false,
    level: saved?.level ?? "significant",
    cadence: saved?.cadence ?? "immediate",
    digestHour: saved?.digestHour ?? 8,
    address: saved?.address ?? null,
    githubEmail: user?.email ?? null,
    smtpConfigured: Boolean(env().SMTP_URL),
  };
}
