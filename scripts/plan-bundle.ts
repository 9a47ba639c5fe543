// npm run plan:bundle -- --out <dir>
// Writes the break-glass bundle: the plan document, the contact cards, the quick reference
// checklists (HTML with their CSS inside, nothing to run to read them), the contacts as a vCard
// file and the plan as Markdown, to keep on a USB stick or a shared drive for when Muster is down.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { makeBreakGlassBundle } from "@/lib/break-glass/mutations";
import { connectDatabase } from "@/lib/database/connect";
import { applyMigrations } from "@/lib/database/migrate";
import { disconnectDb } from "@/lib/db";
import { builtStylesheets } from "@/lib/public-status/stylesheet";

const { values } = parseArgs({ options: { out: { type: "string" } } });
if (!values.out) {
  console.error("Usage: npm run plan:bundle -- --out <directory>");
  process.exit(2);
}
const stylesheets = builtStylesheets();
if (stylesheets.length === 0) {
  console.error("The pages' CSS comes from the production build: run npm run build first.");
  process.exit(1);
}

const database = await connectDatabase((message) => console.error(message));
try {
  await applyMigrations(database.url, (message) => console.error(message));
  const { version, files } = await makeBreakGlassBundle("command line", stylesheets);
  for (const file of files) {
    const target = path.join(values.out, file.name);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, file.bytes);
  }
  console.error(`The break-glass bundle of plan version ${version} is written to ${path.join(values.out, "index.html")} (${files.length} files).`);
} catch (error) {
  console.error(`The break-glass bundle could not be made: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await disconnectDb();
  await database.stop();
}
