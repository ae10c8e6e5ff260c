import { SECONDARY_BUTTON } from "@/components/admin/form-classes";
import { formatUtc } from "@/lib/feeds/describe-feed-event";

/**
 * The private Atom link: create, replace, revoke. The link itself is shown once, in the
 * message after creating it; the site keeps only its hash, so it cannot show it again.
 */
export function FeedLinkSection({ createdAt }: { createdAt: Date | null }) {
  return (
    <div className="mt-2 space-y-2 text-sm">
      {createdAt ? (
        <p>
          You have a private feed link, made {formatUtc(createdAt)}. Lost it? Replace it: the old one stops working.
        </p>
      ) : (
        <p>You have no private feed link. Create one to read this feed in a feed reader.</p>
      )}
      <p className="text-zinc-700 dark:text-zinc-300">
        Anyone with the link can read which MSCs you follow; keep it to yourself.
      </p>
      <div className="flex gap-3">
        <form method="post" action="/api/v1/me/feed/link">
          <button type="submit" className={SECONDARY_BUTTON}>
            {createdAt ? "Replace feed link" : "Create feed link"}
          </button>
        </form>
        {createdAt ? (
          <form method="post" action="/api/v1/me/feed/link/revoke">
            <button type="submit" className={SECONDARY_BUTTON}>
              Revoke feed link
            </button>
          </form>
        ) : null}
      </div>
    </div>
  );
}
