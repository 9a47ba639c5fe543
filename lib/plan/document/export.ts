// The plan as a Markdown file to download. Like the plan as code, it is the plan admin's: it puts
// every contact's phone number and e-mail in one file that leaves Muster.
import "server-only";
import { DomainError } from "@/lib/errors";
import { canEditPlan } from "@/lib/plan/ability";
import { PLAN_EXPORT_REFUSED } from "@/lib/plan/code/export";
import { readPlanModel } from "@/lib/plan/code/model";
import { planMarkdown } from "@/lib/plan/document/markdown";
import type { SignedInUser } from "@/lib/users/data";

export const PLAN_MARKDOWN_PATH = "/api/plan/document.md";

export async function planMarkdownResponse(user: SignedInUser): Promise<Response> {
  if (!canEditPlan(user.role)) throw new DomainError("forbidden", PLAN_EXPORT_REFUSED);
  return new Response(planMarkdown(await readPlanModel()), {
    headers: {
      "content-type": "text/markdown; charset=utf-8",
      "content-disposition": 'attachment; filename="disaster-recovery-plan.md"',
      "cache-control": "no-store",
    },
  });
}
