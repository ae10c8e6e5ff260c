/** What a page for signed-in readers shows anyone else: what it is, and the way in. */
export function SignInPrompt({ heading, returnTo, what }: { heading: string; returnTo: string; what: string }) {
  return (
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
  );
}
