// Child process for the embedded-database lock tests: opens the embedded database in
// the folder given as argv[2], writes one proposal, says "ready" and waits to be killed.
import { openEmbedded } from "../../lib/db/open-embedded";
import { applyMigrations } from "../../lib/db/migrate";

const db = await openEmbedded(process.argv[2]!, 2_000);
await applyMigrations(db.runner);
await db.prisma.proposal.upsert({
  where: { number: 4242 },
  create: { number: 4242, title: "MSC4242: written by the first process", githubState: "open", source: "system" },
  update: {},
});
console.log("ready");
setInterval(() => undefined, 60_000);
