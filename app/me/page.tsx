import type { Metadata } from "next";
import Link from "next/link";
import { FlashMessage } from "@/components/flash-message";
import { AwaitingPositionTable } from "@/components/me/awaiting-position-table";
import { FollowedList } from "@/components/me/followed-list";
import { MyConcernsList } from "@/components/me/my-concerns-list";
import { SignInPrompt } from "@/components/me/sign-in-prompt";
import { SavedSearchesSection } from "@/components/saved-searches/saved-searches-section";
import { getViewer } from "@/lib/auth/get-viewer";
import { readFlash } from "@/lib/auth/read-flash";
import { getPrisma } from "@/lib/db/client";
import { listAwaitingPosition } from "@/lib/me/list-awaiting-position";
import { listFollowedProposals } from "@/lib/me/list-followed-proposals";
import { listMyConcerns } from "@/lib/me/list-my-concerns";
import { findUserId } from "@/lib/auth/user-id";
import { listSavedSearches } from "@/lib/saved-searches/list-saved-searches";

export const metadata: Metadata = { title: "My FCPs, concerns and follows" };

const MUTED = "mt-2 text-zinc-700 dark:text-zinc-300";

export default async function MePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const viewer = await getViewer();
  const params = await searchParams;
  if (viewer.login === null) {
    return (
      <SignInPrompt
        heading="My FCPs, concerns and follows"
        returnTo="/me"
        what="see your FCPs and follows"
        refused={await readFlash(params)}
      />
    );
  }
  const prisma = await getPrisma();
  const userId = await findUserId(prisma, viewer.login);
  const [flash, awaiting, concerns, followed, searches] = await Promise.all([
    readFlash(params),
    listAwaitingPosition(prisma, viewer),
    listMyConcerns(prisma, viewer.login),
    listFollowedProposals(prisma, viewer.login),
    userId ? listSavedSearches(prisma, userId) : [],
  ]);
  const now = new Date();

  return (
    <div className="space-y-10">
      <section aria-labelledby="me-heading" className="space-y-3">
        <h1 id="me-heading" className="text-2xl font-bold">
          My FCPs, concerns and follows
        </h1>
        <p className="text-zinc-700 dark:text-zinc-300">
          <Link href="/me/feed" className="underline underline-offset-4">
            My feed
          </Link>
          : what changed on the MSCs you follow, with what is new since you last looked.
        </p>
        <p className="text-zinc-700 dark:text-zinc-300">
          <Link href="/me/notifications" className="underline underline-offset-4">
            E-mail notifications
          </Link>{" "}
          about the MSCs you follow: on or off, which changes, and when.
        </p>
        <FlashMessage flash={flash?.area === "saved-searches" ? null : flash} />
      </section>

      <section aria-labelledby="awaiting-heading">
        <h2 id="awaiting-heading" className="text-xl font-semibold">
          FCPs awaiting my position ({awaiting.length})
        </h2>
        {!viewer.isMember ? (
          <p className={MUTED}>Only Spec Core Team members take positions on FCPs; you are not on the team now.</p>
        ) : awaiting.length === 0 ? (
          <p className={MUTED}>No open FCP is waiting for your position.</p>
        ) : (
          <AwaitingPositionTable rounds={awaiting} now={now} />
        )}
      </section>

      <section aria-labelledby="concerns-heading">
        <h2 id="concerns-heading" className="text-xl font-semibold">
          Concerns I raised ({concerns.length})
        </h2>
        {concerns.length === 0 ? (
          <p className={MUTED}>You have not raised any concern.</p>
        ) : (
          <MyConcernsList concerns={concerns} />
        )}
      </section>

      <section aria-labelledby="following-heading" id="following">
        <h2 id="following-heading" className="text-xl font-semibold">
          Proposals I follow ({followed.length})
        </h2>
        {followed.length === 0 ? (
          <p className={MUTED}>You follow no proposal yet: follow one from its page.</p>
        ) : (
          <FollowedList proposals={followed} />
        )}
      </section>

      <SavedSearchesSection searches={searches} flash={flash} />
    </div>
  );
}
