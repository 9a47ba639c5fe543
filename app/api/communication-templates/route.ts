import { listTemplates } from "@/lib/communications/data";
import { createTemplate } from "@/lib/communications/mutations";
import { presentTemplate, presentTemplates } from "@/lib/communications/present";
import { PLACEHOLDERS } from "@/lib/communications/render";
import { authenticatedRoute, readJson } from "@/lib/http/route";

/** The plan's communication templates and the placeholders they may use. */
export const GET = authenticatedRoute(async ({ user }) => {
  return Response.json(presentTemplates(await listTemplates(user), PLACEHOLDERS));
});

/** Adds a template (plan admins): `{ name, audience, subject, body, key? }`; unknown placeholders are refused. */
export const POST = authenticatedRoute(async ({ request, user }) => {
  return Response.json(presentTemplate(await createTemplate(user, await readJson(request))), { status: 201 });
});
