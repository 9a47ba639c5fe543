import { listTemplates } from "@/lib/communications/data";
import { presentTemplates } from "@/lib/communications/present";
import { PLACEHOLDERS } from "@/lib/communications/render";
import { authenticatedRoute } from "@/lib/http/route";

/** The plan's communication templates and the placeholders they may use. */
export const GET = authenticatedRoute(async ({ user }) => {
  return Response.json(presentTemplates(await listTemplates(user), PLACEHOLDERS));
});
