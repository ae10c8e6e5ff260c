import Link from "next/link";
import type { ReactNode } from "react";

const NAV = [
  { href: "/proposals", label: "Proposals" },
  { href: "/fcp", label: "FCPs" },
  { href: "/stats", label: "Statistics" },
  { href: "/audit", label: "Audit log" },
] as const;

/** Links only some readers have: their own page once signed in, the admin page for admins. */
function personalLinks(reader: HeaderReader | undefined) {
  if (!reader?.signedIn) return [];
  return [{ href: "/me", label: "Me" }, ...(reader.isAdmin ? [{ href: "/admin", label: "Admin" }] : [])];
}

export type HeaderReader = { signedIn: boolean; isAdmin: boolean };

/**
 * `session`: the sign-in / sign-out control, rendered by the layout (it knows the viewer).
 * `reader`: what the header needs to know of the viewer. Anonymous pages are cached and
 * shared, which is fine: they never carry the personal links.
 */
export function SiteHeader({ session, reader }: { session?: ReactNode; reader?: HeaderReader }) {
  return (
    <header className="border-b border-zinc-200 dark:border-zinc-800">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-semibold">
          MSC Tracker
        </Link>
        <nav aria-label="Main">
          <ul className="flex flex-wrap gap-x-5 gap-y-1 text-sm">
            {[...NAV, ...personalLinks(reader)].map(({ href, label }) => (
              <li key={href}>
                <Link href={href} className="underline-offset-4 hover:underline">
                  {label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        {session}
      </div>
    </header>
  );
}
