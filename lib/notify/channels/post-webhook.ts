import "server-only";
import { DeliveryError } from "./delivery-error";
import { describeFetchFailure, retryAfterMs } from "./http-failure";
import { signWebhookBody } from "./sign-webhook";

// One signed POST to a registered URL. The delivery id header stays the same on every
// retry, so a receiver that saw the first attempt (whose answer we lost) can drop the
// repeat, as receivers of GitHub's webhooks do with X-GitHub-Delivery.

export type WebhookRequest = { url: string; secret: string; deliveryId: string; eventKind: string; body: string };
export type WebhookPoster = (request: WebhookRequest) => Promise<void>;

export function webhookPoster(options: { timeoutMs: number; now?: () => Date }): WebhookPoster {
  return async ({ url, secret, deliveryId, eventKind, body }) => {
    const host = URL.canParse(url) ? new URL(url).host : url;
    let response: Response;
    try {
      response = await fetch(url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "user-agent": "MSC-Tracker-Webhook",
          "x-msc-tracker-event": eventKind,
          "x-msc-tracker-delivery": deliveryId,
          "x-msc-tracker-signature": signWebhookBody(secret, body),
        },
        body,
        // A redirect would re-send the body to a URL no admin registered.
        redirect: "manual",
        signal: AbortSignal.timeout(options.timeoutMs),
      });
    } catch (error) {
      throw new DeliveryError(describeFetchFailure(error, `Webhook ${host}`));
    }
    await response.body?.cancel();
    if (response.status >= 200 && response.status < 300) return;
    const wait = retryAfterMs(response.headers.get("retry-after"), options.now?.() ?? new Date());
    throw new DeliveryError(`Webhook ${host} answered ${response.status}`, { retryAfterMs: wait });
  };
}
