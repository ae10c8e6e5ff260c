import { z } from "zod";
import { getPrisma } from "@/lib/db/client";
import { syncFromEnv } from "@/lib/github/sync/sync-from-env";
import { isLocalControlToken } from "@/lib/server/local-control";

// Lets `npm run sync` run a sync inside the server that owns the embedded database.
// Streams progress as one JSON object per line, ending with the summary.

const bodySchema = z.object({ full: z.boolean().default(false) });

export async function POST(request: Request): Promise<Response> {
  const parsed = bodySchema.safeParse(await request.json().catch(() => ({})));
  if (!parsed.success) return Response.json({ message: 'Body must be {"full": boolean}' }, { status: 400 });
  const token = request.headers.get("authorization")?.replace(/^Bearer /, "") ?? null;
  if (!isLocalControlToken(token)) return Response.json({ message: "Not allowed" }, { status: 403 });

  const prisma = await getPrisma();
  const encoder = new TextEncoder();
  const stream = new ReadableStream({
    async start(controller) {
      const send = (value: unknown) => controller.enqueue(encoder.encode(`${JSON.stringify(value)}\n`));
      const summary = await syncFromEnv(prisma, { full: parsed.data.full, onProgress: (p) => send({ progress: p }) });
      send({ summary });
      controller.close();
    },
  });
  return new Response(stream, { headers: { "content-type": "application/x-ndjson" } });
}
