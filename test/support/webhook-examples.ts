import { createHmac, randomUUID } from "node:crypto";
import { createRequire } from "node:module";

// Real webhook payloads recorded by GitHub (@octokit/webhooks-examples), adjusted to
// point at this repository's MSCs, and signed the way GitHub signs deliveries.

type Payload = Record<string, unknown> & { action?: string };

// The package's entry is a JSON file. Playwright's ESM loader refuses a JSON import
// without `with { type: "json" }`, which Vitest's and tsx's do not need; require()
// loads it the same way under all three.
const examples: unknown = createRequire(import.meta.url)("@octokit/webhooks-examples");

/** A deep copy of the first recorded example of `event` with `action`. */
export function webhookExample(event: string, action: string): Payload {
  const group = (examples as unknown as { name: string; examples: Payload[] }[]).find((e) => e.name === event);
  const example = group?.examples.find((e) => e.action === action);
  if (!example) throw new Error(`No recorded ${event}.${action} example`);
  return structuredClone(example);
}

export function signedDelivery(
  event: string,
  payload: Payload | string,
  secret: string,
  delivery: string = randomUUID(),
) {
  const body = typeof payload === "string" ? payload : JSON.stringify(payload);
  const signature = `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;
  const headers = new Headers({
    "content-type": "application/json",
    "x-github-event": event,
    "x-github-delivery": delivery,
    "x-hub-signature-256": signature,
  });
  return { headers, body, delivery };
}
