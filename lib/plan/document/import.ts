// A plan written as Markdown, imported: read into the plan model (parse-markdown.ts), then checked,
// compared and applied exactly as a plan written as code is, as one new plan version.
import "server-only";
import { db } from "@/lib/db";
import { requirePlanAdmin } from "@/lib/plan/ability";
import { addMonths } from "@/lib/plan/calendar";
import { readPlanCode, writePlanCode } from "@/lib/plan/code/document";
import { importPlanCode } from "@/lib/plan/code/import";
import { readReportingObligations, type PlanDocumentInfo, type PlanModel } from "@/lib/plan/code/model";
import { parsePlanMarkdown } from "@/lib/plan/document/parse-markdown";
import type { SignedInUser } from "@/lib/users/data";

/**
 * A database that holds no plan yet (migrated, never seeded) takes the document's own title and
 * owner as version 1.0 of its document control, so the import has a plan to change.
 */
async function ensurePlanDocument(document: PlanDocumentInfo) {
  const { title, owner, reviewFrequency, reviewIntervalMonths, approvedBy, distribution, lastUpdatedAt: now } = document;
  await db().planDocument.createMany({
    data: [{ title, owner, reviewFrequency, reviewIntervalMonths, approvedBy, distribution, version: "1.0", lastUpdatedAt: now, nextReviewAt: addMonths(now, reviewIntervalMonths) }],
    skipDuplicates: true,
  });
}

/** Imports a plan read from a Markdown document, checked and applied as a plan written as code is. */
export async function importParsedPlan(user: SignedInUser, plan: PlanModel, options: { dryRun?: boolean } = {}) {
  requirePlanAdmin(user);
  const code = writePlanCode(plan, "json");
  // Only a document that passes the checks may give an empty database its document control.
  if (!options.dryRun && readPlanCode(code, "json").plan) await ensurePlanDocument(plan.document);
  return importPlanCode(user, code, "json", options);
}

/** Imports a plan written as Markdown; answers with the import's changes and what the document gave. */
export async function importPlanMarkdown(user: SignedInUser, markdown: string, options: { dryRun?: boolean } = {}) {
  requirePlanAdmin(user);
  const { plan, report } = parsePlanMarkdown(markdown);
  // The Markdown document does not carry the reporting obligations: an import of it keeps the plan's.
  plan.reportingObligations = await readReportingObligations();
  return { ...(await importParsedPlan(user, plan, options)), document: report };
}
