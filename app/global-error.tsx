"use client";

// Replaces the root layout when the layout itself fails (its footer reads the database).
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "2rem" }}>
        <main role="alert">
          <h1>MSC Tracker is unavailable</h1>
          <p>The tracker could not read its data just now, for example because its database is down.</p>
          <button type="button" onClick={reset}>
            Try again
          </button>
        </main>
      </body>
    </html>
  );
}
