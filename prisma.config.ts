import "dotenv/config";
import { defineConfig, env } from "prisma/config";
import { migratingAdapter } from "./prisma/cli-adapter";

// `prisma generate` needs no database, but with DATABASE_URL unset the CLI tries to download a
// query engine. Muster's own scripts (npm run db:migrate, server.ts) always pass the real URL.
process.env.DATABASE_URL ??= "postgresql://localhost/muster-generate-only";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => migratingAdapter(env("DATABASE_URL")),
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
