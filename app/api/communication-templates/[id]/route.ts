import { updateTemplate } from "@/lib/communications/mutations";
import { presentTemplate } from "@/lib/communications/present";
import { authenticatedRoute, readJson } from "@/lib/http/route";

/** Rewrites a template (admins): `{ name, subject, body }`; unknown placeholders are refused. */
export const PUT = authenticatedRoute<{ id: string }>(async ({ request, params, user }) => {
  return Response.json(presentTemplate(await updateTemplate(user, params.id, await readJson(request))));
});
