import "server-only";
import { Webhooks } from "@octokit/webhooks";

const verifiers = new Map<string, Webhooks>();

/** HMAC-SHA256 check of GitHub's X-Hub-Signature-256 header, by @octokit/webhooks. */
export async function verifySignature(secret: string, payload: string, signature: string | null): Promise<boolean> {
  if (!signature) return false;
  let verifier = verifiers.get(secret);
  if (!verifier) verifiers.set(secret, (verifier = new Webhooks({ secret })));
  return verifier.verify(payload, signature).catch(() => false);
}
