import Link from "next/link";
import type { ReactNode } from "react";

const NAV = [
  { href: "/proposals", label: "Proposals" },
  { href: "/fcp", label: "FCPs" },
  { href: "/stats", label: "Statistics" },
] as const;

/** `session`: the sign-in / sign-out control, rendered by the layout (it knows the viewer). */
export function SiteHeader({ session }: { session?: ReactNode }) {
  return (
    <header className="border-b border-zinc-200 dark:border-zinc-800">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-semibold">
          MSC Tracker
        </Link>
        <nav aria-label="Main">
          <ul className="flex flex-wrap gap-x-5 gap-y-1 text-sm">
            {NAV.map(({ href, label }) => (
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
