import { getPrisma } from "@/lib/db/client";
import { env } from "@/lib/env";
import { receiveWebhook } from "@/lib/github/webhooks/receive-webhook";

// GitHub webhook receiver. The HMAC signature is the authentication; receiveWebhook
// verifies it before anything else, and answers every rejection with a 4xx and why.
export async function POST(request: Request): Promise<Response> {
  const settings = env();
  const payload = await request.text();
  const prisma = await getPrisma();
  const result = await receiveWebhook(request.headers, payload, {
    prisma,
    secret: settings.GITHUB_WEBHOOK_SECRET,
    team: settings.SCT_TEAM,
  });
  return Response.json(result.body, { status: result.status });
}
