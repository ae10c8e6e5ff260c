import type { Metadata } from "next";
import Link from "next/link";
import { AdminSections } from "@/components/admin/admin-sections";
import { FlashMessage } from "@/components/flash-message";
import { RefusedAdmin } from "@/components/admin/refused-admin";
import { loadCorrectionTargets } from "@/lib/admin/corrections/load-correction-targets";
import { loadAdminOverview } from "@/lib/admin/load-admin-overview";
import { getViewer } from "@/lib/auth/get-viewer";
import { readFlash } from "@/lib/auth/read-flash";
import { getPrisma } from "@/lib/db/client";

export const metadata: Metadata = { title: "Admin" };

export default async function AdminPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const viewer = await getViewer();
  const params = await searchParams;
  if (viewer.login === null || !viewer.isAdmin) {
    // A refused form comes back here too: say why it was refused, where it returned to.
    const flash = await readFlash(params);
    return (
      <div className="space-y-4">
        {flash && (
          <div id={flash.area} className="scroll-mt-4">
            <FlashMessage flash={flash} />
          </div>
        )}
        <RefusedAdmin
          viewer={viewer}
          heading="Admin"
          returnTo="/admin"
          what="manage the member list and correct FCP data"
        />
      </div>
    );
  }
  const mscParam = typeof params.msc === "string" ? params.msc.trim().replace(/^msc\s*/i, "") : "";
  const msc = /^\d{1,9}$/.test(mscParam) && Number(mscParam) > 0 ? Number(mscParam) : null;
  const prisma = await getPrisma();
  const [flash, overview, targets] = await Promise.all([
    readFlash(params),
    loadAdminOverview(prisma),
    msc === null ? null : loadCorrectionTargets(prisma, msc),
  ]);

  return (
    <div className="space-y-10">
      <section aria-labelledby="admin-heading" className="space-y-3">
        <h1 id="admin-heading" className="text-2xl font-bold">
          Admin
        </h1>
        <p className="text-zinc-700 dark:text-zinc-300">
          The Spec Core Team&apos;s member list, the admins, and corrections of FCP data imported from GitHub. Every
          change here needs a reason and is recorded in the public audit log.{" "}
          <Link href="/admin/notifications" className="underline underline-offset-4">
            Webhooks and the notification delivery log
          </Link>{" "}
          are on their own page.
        </p>
        <FlashMessage flash={flash} />
      </section>
      <AdminSections overview={overview} msc={msc} mscInvalid={mscParam !== "" && msc === null} targets={targets} />
    </div>
  );
}
