import type { Metadata } from "next";
import Link from "next/link";
import { AuditFilters } from "@/components/audit/audit-filters";
import { AuditTable } from "@/components/audit/audit-table";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { auditHref, parseAuditQuery } from "@/lib/audit/audit-query";
import { getPrisma } from "@/lib/db/client";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { query, problems } = parseAuditQuery(await searchParams);
  const page = await listAuditEvents(await getPrisma(), query);
  const first = query.before !== null;

  return (
    <div className="space-y-6">
      <section aria-labelledby="audit-heading" className="space-y-2">
        <h1 id="audit-heading" className="text-2xl font-bold">
          Audit log
        </h1>
        <p className="text-zinc-700 dark:text-zinc-300">
          Every vote, concern, FCP step, status change, team change and admin action the tracker recorded, newest first,
          with who did it and where it came from.
        </p>
      </section>
      {problems.length > 0 && (
        <div
          role="alert"
          className="rounded border border-rose-300 bg-rose-50 p-3 text-rose-900 dark:border-rose-700 dark:bg-rose-950 dark:text-rose-100"
        >
          {problems.map((problem) => (
            <p key={problem}>{problem}</p>
          ))}
        </div>
      )}
      <AuditFilters query={query} />
      <section aria-labelledby="audit-entries-heading">
        <h2 id="audit-entries-heading" className="text-xl font-semibold">
          {first ? "Older entries" : "Latest entries"}
        </h2>
        {page.entries.length === 0 ? (
          <p className="mt-2 text-zinc-700 dark:text-zinc-300">Nothing recorded matches these filters.</p>
        ) : (
          <AuditTable entries={page.entries} />
        )}
        {(first || page.next) && (
          <nav aria-label="Audit log pages" className="mt-4 flex flex-wrap gap-4 text-sm">
            {first && (
              <Link href={auditHref(query)} className="underline underline-offset-4">
                Newest entries
              </Link>
            )}
            {page.next && (
              <Link href={auditHref(query, page.next)} className="underline underline-offset-4">
                Older entries
              </Link>
            )}
          </nav>
        )}
      </section>
    </div>
  );
}
