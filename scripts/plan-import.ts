// npm run plan:import -- plan.yaml|plan.json|plan.md [--dry-run] [--as admin@example.com]
// Checks the whole document, prints what it changes item by item, and applies it as one plan
// version recorded under the admin named (the first admin when none is named); --dry-run only reports.
// A Markdown plan is read by its headings, tables and lists first, and what was recognised and
// what could not be placed is printed before the changes.
import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { parseArgs } from "node:util";
import { connectDatabase } from "@/lib/database/connect";
import { applyMigrations } from "@/lib/database/migrate";
import { db, disconnectDb } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { changeName } from "@/lib/plan/code/diff";
import type { PlanCodeFormat } from "@/lib/plan/code/document";
import { importPlanCode } from "@/lib/plan/code/import";
import { importParsedPlan } from "@/lib/plan/document/import";
import { parsePlanMarkdown } from "@/lib/plan/document/parse-markdown";
import { reportText } from "@/lib/plan/document/report";
import { normaliseEmail, type SignedInUser } from "@/lib/users/data";

const USAGE = "Usage: npm run plan:import -- plan.yaml|plan.json|plan.md [--dry-run] [--as admin@example.com]";
const FORMATS: Record<string, PlanCodeFormat | "markdown"> = { ".yaml": "yaml", ".yml": "yaml", ".json": "json", ".md": "markdown", ".markdown": "markdown" };

const { values, positionals } = parseArgs({ allowPositionals: true, options: { "dry-run": { type: "boolean" }, as: { type: "string" } } });
const [file] = positionals;
const format = file && FORMATS[extname(file).toLowerCase()];
if (!file || !format) {
  console.error(USAGE);
  process.exit(2);
}

/** Imports a Markdown plan, printing what the document gave before the changes it makes. */
async function importMarkdown(admin: SignedInUser, text: string, options: { dryRun?: boolean }) {
  const { plan, report } = parsePlanMarkdown(text);
  console.log(reportText(report));
  return importParsedPlan(admin, plan, options);
}

const database = await connectDatabase((message) => console.error(message));
try {
  await applyMigrations(database.url, (message) => console.error(message));
  const admin = await db().user.findFirst({
    where: { role: "admin", deactivatedAt: null, ...(values.as && { email: normaliseEmail(values.as) }) },
    orderBy: { createdAt: "asc" },
    select: { id: true, email: true, name: true, role: true },
  });
  if (!admin) throw new DomainError("not_found", values.as ? `No active admin has the e-mail ${values.as}.` : "The database has no active admin: create one with npm run user:create.");
  const text = await readFile(file, "utf8");
  const options = { dryRun: values["dry-run"] };
  const report = format === "markdown" ? await importMarkdown(admin, text, options) : await importPlanCode(admin, text, format, options);
  for (const change of report.changes) console.log(`${change.change.padEnd(7)} ${changeName(change)}  ${change.label}`);
  if (report.changes.length === 0) console.log("The plan already is what the document says: nothing changed.");
  else if (report.applied) console.log(`Applied as plan version ${report.version}, recorded under ${admin.email}.`);
  else console.log(`A dry run: importing it would make plan version ${report.wouldMakeVersion}.`);
} catch (error) {
  if (!(error instanceof DomainError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
} finally {
  await disconnectDb();
  await database.stop();
}
