import "server-only";
import { DomainError } from "@/lib/errors";
import { canEditPlan } from "@/lib/plan/ability";
import { writePlanCode, type PlanCodeFormat } from "@/lib/plan/code/document";
import { readPlanModel } from "@/lib/plan/code/model";
import { planMarkdown } from "@/lib/plan/document/markdown";
import { exportQuerySchema } from "@/lib/plan/code/schema";
import type { SignedInUser } from "@/lib/users/data";
import { parseInput } from "@/lib/validation";

export const PLAN_EXPORT_REFUSED = "Only a plan admin can export the plan: it carries every contact's phone number and e-mail in one file.";

/**
 * The whole plan as code (plan admins). Everyone signed in reads the plan page by page; the export
 * is the plan admin's, who keeps the plan in git and imports it again, because it puts every
 * contact's personal details in one file that leaves Muster.
 */
export async function exportPlan(user: SignedInUser, format: PlanCodeFormat): Promise<string> {
  if (!canEditPlan(user.role)) throw new DomainError("forbidden", PLAN_EXPORT_REFUSED);
  return writePlanCode(await readPlanModel(), format);
}

type ExportFormat = PlanCodeFormat | "markdown";

const FILES: Record<ExportFormat, { mediaType: string; extension: string }> = {
  yaml: { mediaType: "application/yaml", extension: "yaml" },
  json: { mediaType: "application/json", extension: "json" },
  markdown: { mediaType: "text/markdown", extension: "md" },
};

/** GET /api/plan/export: the plan as a file to download, in the format the query names (YAML by default), or as the plan's Markdown document. */
export async function exportPlanFile(user: SignedInUser, query: unknown) {
  if (!canEditPlan(user.role)) throw new DomainError("forbidden", PLAN_EXPORT_REFUSED);
  const { format } = parseInput(exportQuerySchema, query);
  const body = format === "markdown" ? planMarkdown(await readPlanModel()) : await exportPlan(user, format);
  return { body, mediaType: FILES[format].mediaType, fileName: `muster-plan.${FILES[format].extension}` };
}
