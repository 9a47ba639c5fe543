// npm run plan:export [-- --format yaml|json|markdown] [--out plan.yaml]
// Writes the whole plan as code: one YAML (or JSON) document, the same bytes for the same plan; or
// as one Markdown document in the structure of the original plan.
import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { connectDatabase } from "@/lib/database/connect";
import { applyMigrations } from "@/lib/database/migrate";
import { disconnectDb } from "@/lib/db";
import { writePlanCode } from "@/lib/plan/code/document";
import { readPlanModel } from "@/lib/plan/code/model";
import { planMarkdown } from "@/lib/plan/document/markdown";

const { values } = parseArgs({ options: { format: { type: "string", default: "yaml" }, out: { type: "string" } } });
const format = values.format;
if (format !== "yaml" && format !== "json" && format !== "markdown") {
  console.error("Usage: npm run plan:export -- [--format yaml|json|markdown] [--out file]");
  process.exit(2);
}

const database = await connectDatabase((message) => console.error(message));
try {
  await applyMigrations(database.url, (message) => console.error(message));
  const plan = await readPlanModel();
  const text = format === "markdown" ? planMarkdown(plan) : writePlanCode(plan, format);
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
