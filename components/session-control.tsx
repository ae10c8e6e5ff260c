import { describeRole } from "@/lib/auth/roles";
import type { SessionControlProps } from "@/lib/auth/get-session-control";

// Sign in / sign out for the header, working without client JavaScript: signing in goes
// to next-auth's sign-in page (an anonymous page is cached and shared, so it cannot
// carry a CSRF token); signing out posts next-auth's form directly when it can.

const LINK = "underline-offset-4 hover:underline";

export function SessionControl({ viewer, canSignIn, signOutCsrfToken }: SessionControlProps) {
  if (viewer.login === null) {
    return canSignIn ? (
      // eslint-disable-next-line @next/next/no-html-link-for-pages -- next-auth's page is a route handler: a full page load, not a client-side navigation
      <a href="/api/auth/signin" className={`text-sm ${LINK}`}>
        Sign in
      </a>
    ) : null;
  }
  return (
    <div className="flex flex-wrap items-center gap-x-3 text-sm">
      <p>
        Signed in as <span className="font-medium">{viewer.login}</span> ({describeRole(viewer)})
      </p>
      {signOutCsrfToken ? (
        <form method="post" action="/api/auth/signout">
          <input type="hidden" name="csrfToken" value={signOutCsrfToken} />
          <input type="hidden" name="callbackUrl" value="/" />
          <button type="submit" className={`cursor-pointer ${LINK}`}>
            Sign out
          </button>
        </form>
      ) : (
        // eslint-disable-next-line @next/next/no-html-link-for-pages -- as above, next-auth's own page
        <a href="/api/auth/signout" className={LINK}>
          Sign out
        </a>
      )}
    </div>
  );
}
