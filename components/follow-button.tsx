import { SECONDARY_BUTTON } from "./admin/form-classes";

/**
 * Follow or unfollow one MSC: a plain form posting to the action route, which sends the
 * browser back (to the MSC's page, or to /me when `returnTo` says so) with a message.
 * The button names the MSC, so several on one page stay distinguishable to a screen reader.
 */
export function FollowButton({ number, following, returnTo }: { number: number; following: boolean; returnTo?: "me" }) {
  const verb = following ? "unfollow" : "follow";
  const action = `/api/v1/proposals/${number}/${verb}${returnTo ? `?return=${returnTo}` : ""}`;
  return (
    <form method="post" action={action} className="inline">
      <button type="submit" className={SECONDARY_BUTTON}>
        {following ? "Unfollow" : "Follow"} <span className="sr-only">MSC{number}</span>
      </button>
    </form>
  );
}
