import type { Metadata } from "next";
import Link from "next/link";
import { MUTED } from "@/components/admin/form-classes";
import { RefusedAdmin } from "@/components/admin/refused-admin";
import { FlashMessage } from "@/components/flash-message";
import { DeliveryLogTable } from "@/components/notify/delivery-log-table";
import { RegisterWebhookForm } from "@/components/notify/register-webhook-form";
import { WebhookTable } from "@/components/notify/webhook-table";
import { getViewer } from "@/lib/auth/get-viewer";
import { readFlash } from "@/lib/auth/read-flash";
import { getPrisma } from "@/lib/db/client";
import { listDeliveries } from "@/lib/notify/list-deliveries";
import { toDeliveryLogDto } from "@/lib/notify/webhooks-admin/delivery-log-dto";
import { listWebhooks } from "@/lib/notify/webhooks-admin/list-webhooks";

export const metadata: Metadata = { title: "Notifications (admin)" };

const HEADING = "Webhooks and deliveries";

export default async function AdminNotificationsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const viewer = await getViewer();
  const flash = await readFlash(await searchParams);
  if (viewer.login === null || !viewer.isAdmin) {
    return (
      <div className="space-y-4">
        {flash && (
          <div id={flash.area} className="scroll-mt-4">
            <FlashMessage flash={flash} />
          </div>
        )}
        <RefusedAdmin
          viewer={viewer}
          heading={HEADING}
          returnTo="/admin/notifications"
          what="register webhooks and read the delivery log"
        />
      </div>
    );
  }
  const prisma = await getPrisma();
  const [webhooks, deliveries] = await Promise.all([listWebhooks(prisma), listDeliveries(prisma, 100)]);

  return (
    <div className="space-y-10">
      <section aria-labelledby="admin-heading" className="space-y-3">
        <h1 id="admin-heading" className="text-2xl font-bold">
          {HEADING}
        </h1>
        <p className={MUTED}>
          Outbound webhooks get each event as a signed JSON POST; every e-mail, Matrix and webhook delivery is logged
          below. Every change here needs a reason, recorded with it in the public audit log (the URL without credentials
          or query, never the secret).{" "}
          <Link href="/admin" className="underline underline-offset-4">
            Back to admin
          </Link>
          .
        </p>
      </section>

      <section aria-labelledby="webhooks-heading" id="webhooks" className="scroll-mt-4 space-y-3">
        <h2 id="webhooks-heading" className="text-xl font-semibold">
          Webhooks ({webhooks.length})
        </h2>
        <FlashMessage flash={flash} />
        {webhooks.length === 0 ? (
          <p className={MUTED}>No webhook is registered.</p>
        ) : (
          <WebhookTable webhooks={webhooks} />
        )}
        <RegisterWebhookForm />
      </section>

      <section aria-labelledby="deliveries-heading" id="deliveries" className="space-y-3">
        <h2 id="deliveries-heading" className="text-xl font-semibold">
          Delivery log (latest {deliveries.length})
        </h2>
        {deliveries.length === 0 ? (
          <p className={MUTED}>Nothing has been sent yet.</p>
        ) : (
          <DeliveryLogTable deliveries={deliveries.map(toDeliveryLogDto)} />
        )}
      </section>
    </div>
  );
}
