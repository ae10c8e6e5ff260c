import { FlashMessage } from "@/components/flash-message";
import type { Flash } from "@/lib/auth/flash";

/**
 * What a page for signed-in readers shows anyone else: what it is, and the way in. A
 * refused form (a session that ended) comes back here too, so its message shows first,
 * under the id its redirect's #fragment names.
 */
export function SignInPrompt({
  heading,
  returnTo,
  what,
  refused = null,
}: {
  heading: string;
  returnTo: string;
  what: string;
  refused?: Flash | null;
}) {
  return (
    <div className="space-y-4">
      {refused && (
        <div id={refused.area} className="scroll-mt-4">
          <FlashMessage flash={refused} />
        </div>
      )}
      <section aria-labelledby="sign-in-heading" className="space-y-3">
        <h1 id="sign-in-heading" className="text-2xl font-bold">
          {heading}
        </h1>
        <p>
          <a
            href={`/api/auth/signin?callbackUrl=${encodeURIComponent(returnTo)}`}
            className="underline underline-offset-4"
          >
            Sign in with GitHub
          </a>{" "}
          to {what}.
        </p>
      </section>
    </div>
  );
}
