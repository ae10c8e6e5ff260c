import Link from "next/link";

type PageLink = { label: string; page: number; rel?: "prev" | "next" };

/** Previous/next links (with rel, so browsers and crawlers know the sequence) and where we are. */
export function Pagination({
  page,
  pageCount,
  hrefFor,
}: {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
}) {
  if (pageCount <= 1) return null;
  const links: (PageLink & { enabled: boolean })[] = [
    { label: "First", page: 1, enabled: page > 1 },
    { label: "Previous", page: page - 1, rel: "prev", enabled: page > 1 && page <= pageCount + 1 },
    { label: "Next", page: page + 1, rel: "next", enabled: page < pageCount },
    { label: "Last", page: pageCount, enabled: page !== pageCount },
  ];
  return (
    <nav aria-label="Pagination" className="mt-4 flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
      <p className="font-medium">
        Page {page} of {pageCount}
      </p>
      <ul className="flex flex-wrap gap-x-4 gap-y-2">
        {links.map(({ label, page: target, rel, enabled }) => (
          <li key={label}>
            {enabled ? (
              <Link href={hrefFor(target)} rel={rel} className="underline underline-offset-4">
                {label}
              </Link>
            ) : (
              // Kept in place so the links do not jump; not a link, so not a tab stop.
              <span className="text-zinc-500 dark:text-zinc-400">{label}</span>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
