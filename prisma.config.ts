// Prisma CLI configuration. Only `prisma generate` is run here (see DEVELOPERS.md):
// migrations are applied by the app itself, so the URL below matters only to
// `prisma migrate deploy` on machines where Prisma's schema engine is available.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/msc_tracker" },
});
