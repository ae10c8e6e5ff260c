import Link from "next/link";

export function SiteHeader() {
  return (
    <header className="border-b border-zinc-200 dark:border-zinc-800">
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 py-3">
        <Link href="/" className="text-lg font-semibold">
          MSC Tracker
        </Link>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">Matrix spec change proposals</p>
      </div>
    </header>
  );
}
