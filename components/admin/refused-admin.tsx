import { SignInPrompt } from "@/components/me/sign-in-prompt";
import { describeRole, type Viewer } from "@/lib/auth/roles";

/** What anyone but an admin sees on an admin page: the way in for the anonymous, why not for the rest (403). */
export function RefusedAdmin({
  viewer,
  heading,
  returnTo,
  what,
}: {
  viewer: Viewer;
  heading: string;
  returnTo: string;
  what: string;
}) {
  if (viewer.login === null) return <SignInPrompt heading={heading} returnTo={returnTo} what={what} />;
  return (
    <section aria-labelledby="admin-heading" className="space-y-3">
      <h1 id="admin-heading" className="text-2xl font-bold">
        {heading}
      </h1>
      <p role="alert">
        Only admins can use this page (403): you are signed in as {viewer.login} ({describeRole(viewer)}). Ask an admin
        to grant you admin if you need it.
      </p>
    </section>
  );
}
