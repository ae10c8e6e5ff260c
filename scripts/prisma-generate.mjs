// Runs `prisma generate` on install. Prisma's CLI first tries to download its native
// schema engine, which `generate` never uses and these machines cannot fetch; pointing
// PRISMA_SCHEMA_ENGINE_BINARY at any existing file skips that download (DEVELOPERS.md).
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const env = { ...process.env };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath;
env.PRISMA_HIDE_UPDATE_MESSAGE = "1";

const cli = require.resolve("prisma/build/index.js");
const result = spawnSync(process.execPath, [cli, "generate"], { stdio: "inherit", env });
process.exit(result.status ?? 1);
