import { authenticatedRoute } from "@/lib/http/route";
import { planMarkdownResponse } from "@/lib/plan/document/export";

/** The whole plan as one Markdown document, in the structure of the original plan (plan admins). */
export const GET = authenticatedRoute(async ({ user }) => planMarkdownResponse(user));
