"use client";

// Shown instead of a stack trace when a page fails, for example while the database
// is unreachable; the details stay in the server log.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="space-y-3" role="alert">
      <h1 className="text-2xl font-bold">This page could not be loaded</h1>
      <p>The tracker could not read its data just now. The server log has the details.</p>
      <button type="button" onClick={reset} className="rounded border px-3 py-1 underline">
        Try again
      </button>
    </div>
  );
}
