import type { Metadata } from "next";
import Link from "next/link";
import { FlashMessage } from "@/components/flash-message";
import { SignInPrompt } from "@/components/me/sign-in-prompt";
import { EmailPreferenceForm } from "@/components/notify/email-preference-form";
import { getViewer } from "@/lib/auth/get-viewer";
import { readFlash } from "@/lib/auth/read-flash";
import { getPrisma } from "@/lib/db/client";
import { describeEmailPreference } from "@/lib/notify/preferences/describe-email-preference";
import { loadEmailPreference } from "@/lib/notify/preferences/load-email-preference";

export const metadata: Metadata = { title: "My notifications" };

const MUTED = "text-zinc-700 dark:text-zinc-300";

export default async function MyNotificationsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const viewer = await getViewer();
  const flash = await readFlash(await searchParams);
  if (viewer.login === null) {
    return (
      <SignInPrompt
        heading="My notifications"
        returnTo="/me/notifications"
        what="choose e-mail notifications for the MSCs you follow"
        refused={flash}
      />
    );
  }
  const preference = await loadEmailPreference(await getPrisma(), viewer.login);

  return (
    <div className="space-y-8">
      <section aria-labelledby="notifications-heading" className="space-y-3">
        <h1 id="notifications-heading" className="text-2xl font-bold">
          My notifications
        </h1>
        <p className={MUTED}>
          E-mail tells you about the MSCs you follow (
          <Link href="/me#following" className="underline underline-offset-4">
            your follows
          </Link>
          ). Significant means status changes and FCP steps; every change adds concerns, votes and new comments on
          GitHub. Reminders addressed to you (a proposed FCP awaiting your position, your MSC accepted but not merged)
          come at either level.
        </p>
      </section>
      <section aria-labelledby="email-heading" id="email" className="scroll-mt-4 space-y-3">
        <h2 id="email-heading" className="text-xl font-semibold">
          E-mail
        </h2>
        <FlashMessage flash={flash} />
        <p>
          <strong>Now:</strong> {describeEmailPreference(preference)}
        </p>
        {preference.smtpConfigured ? (
          <p className={MUTED}>This server sends e-mail.</p>
        ) : (
          <p className={MUTED}>
            This server is not set up to send e-mail yet (no SMTP_URL). You can save your settings now; mails start once
            the server is configured.
          </p>
        )}
        <EmailPreferenceForm preference={preference} />
      </section>
    </div>
  );
}
