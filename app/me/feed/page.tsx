import type { Metadata } from "next";
import { SECONDARY_BUTTON } from "@/components/admin/form-classes";
import { FlashMessage } from "@/components/flash-message";
import { SignInPrompt } from "@/components/me/sign-in-prompt";
import { FeedLinkSection } from "@/components/me-feed/feed-link-section";
import { MeFeedList } from "@/components/me-feed/me-feed-list";
import { getViewer } from "@/lib/auth/get-viewer";
import { readFlash } from "@/lib/auth/read-flash";
import { getPrisma } from "@/lib/db/client";
import { decodeCursor, loadMeFeed } from "@/lib/me-feed/load-me-feed";
import { findUserId } from "@/lib/auth/user-id";
import { loadFeedLinkCreatedAt } from "@/lib/me-feed/load-private-feed";
import { refreshReaderFollows } from "@/lib/saved-searches/refresh-reader-follows";

export const metadata: Metadata = { title: "My feed" };

const MUTED = "mt-2 text-zinc-700 dark:text-zinc-300";

export default async function MeFeedPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const viewer = await getViewer();
  const params = await searchParams;
  if (viewer.login === null) {
    return (
      <SignInPrompt
        heading="My feed"
        returnTo="/me/feed"
        what="see what changed on the MSCs you follow"
        refused={await readFlash(params)}
      />
    );
  }
  const prisma = await getPrisma();
  const userId = await findUserId(prisma, viewer.login);
  if (!userId) return <p>Your sign-in is not on record here: sign out and sign in again.</p>;
  const cursor = decodeCursor(params.after);
  const now = new Date();
  await refreshReaderFollows(prisma, userId, now);
  const [flash, page, linkCreatedAt] = await Promise.all([
    readFlash(params),
    loadMeFeed(prisma, userId, { cursor, now }),
    loadFeedLinkCreatedAt(prisma, userId),
  ]);
  const unread = page.entries.filter((entry) => entry.isNew).length;

  return (
    <div className="space-y-10">
      <section aria-labelledby="feed-heading" id="feed" className="space-y-3">
        <h1 id="feed-heading" className="text-2xl font-bold">
          My feed
        </h1>
        <p className={MUTED}>
          What changed on the MSCs you{" "}
          <a href="/me#following" className="underline underline-offset-4">
            follow
          </a>
          : status moves, final comment periods (and those ending within a day), concerns and how many new comments each
          got on GitHub, newest first.
        </p>
        <FlashMessage flash={flash} />
        {page.entries.length === 0 ? (
          <p className={MUTED}>{cursor ? "No older entries." : "Nothing yet: follow an MSC from its page."}</p>
        ) : (
          <>
            <p>{unread === 0 ? "No new entries on this page." : `${unread} new on this page.`}</p>
            <form method="post" action="/api/v1/me/feed/read">
              <input type="hidden" name="upTo" value={String(page.newestEventId ?? 0n)} />
              <button type="submit" className={SECONDARY_BUTTON}>
                Mark all as read
              </button>
            </form>
            <MeFeedList entries={page.entries} />
          </>
        )}
        {page.next ? (
          <p>
            <a href={`/me/feed?after=${encodeURIComponent(page.next)}#feed`} className="underline underline-offset-4">
              Older entries
            </a>
          </p>
        ) : null}
      </section>

      <section aria-labelledby="feed-link-heading" id="feed-link">
        <h2 id="feed-link-heading" className="text-xl font-semibold">
          Private Atom feed
        </h2>
        <FeedLinkSection createdAt={linkCreatedAt} />
      </section>
    </div>
  );
}
