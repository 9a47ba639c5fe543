import { authenticatedRoute } from "@/lib/http/route";
import { readPlanModel } from "@/lib/plan/code/model";
import { planMarkdownResponse } from "@/lib/plan/document/export";
import { planMarkdown } from "@/lib/plan/document/markdown";

/** The whole plan as one Markdown document, in the structure of the original plan. */
export const GET = authenticatedRoute(async () => planMarkdownResponse(planMarkdown(await readPlanModel())));
