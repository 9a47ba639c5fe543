// npm run plan:export [-- --format yaml|json] [--out plan.yaml]
// Writes the whole plan as code: one YAML (or JSON) document, the same bytes for the same plan.
import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { connectDatabase } from "@/lib/database/connect";
import { applyMigrations } from "@/lib/database/migrate";
import { disconnectDb } from "@/lib/db";
import { writePlanCode } from "@/lib/plan/code/document";
import { readPlanModel } from "@/lib/plan/code/model";

const { values } = parseArgs({ options: { format: { type: "string", default: "yaml" }, out: { type: "string" } } });
if (values.format !== "yaml" && values.format !== "json") {
  console.error("Usage: npm run plan:export -- [--format yaml|json] [--out file]");
  process.exit(2);
}

const database = await connectDatabase((message) => console.error(message));
try {
  await applyMigrations(database.url, (message) => console.error(message));
  const text = writePlanCode(await readPlanModel(), values.format);
  if (values.out) {
    await writeFile(values.out, text);
    console.error(`The plan is written to ${values.out}.`);
  } else {
    process.stdout.write(text);
  }
} finally {
  await disconnectDb();
  await database.stop();
}
