// npm run db:migrate:new -- --name add_something
// Writes prisma/migrations/<timestamp>_<name>/migration.sql: the SQL that takes the checked-in
// migrations to prisma/schema.prisma. (Prisma's `migrate dev` fails in this offline set-up; `migrate
// diff` against a shadow database works.) Review the SQL, then start Muster to apply it.
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { connectDatabase } from "@/lib/database/connect";

const { values } = parseArgs({ options: { name: { type: "string" } } });
if (!values.name || !/^[a-z0-9_]+$/.test(values.name)) {
  console.error("Usage: npm run db:migrate:new -- --name what_it_changes (lower case, digits, underscores)");
  process.exit(2);
}

const database = await connectDatabase((message) => console.error(message));
try {
  const sql = execFileSync(
    process.execPath,
    [path.resolve("node_modules/prisma/build/index.js"), "migrate", "diff", "--from-migrations", "prisma/migrations", "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
    { env: { ...process.env, DATABASE_URL: database.url }, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] },
  );
  if (!/\b(CREATE|ALTER|DROP)\b/.test(sql)) {
    console.error("The schema matches the migrations: nothing to write.");
  } else {
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const dir = path.join("prisma/migrations", `${stamp}_${values.name}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, "migration.sql"), sql);
    console.log(`Wrote ${dir}/migration.sql`);
  }
} finally {
  await database.stop();
}
