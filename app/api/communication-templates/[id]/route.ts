import { deleteTemplate, updateTemplate } from "@/lib/communications/mutations";
import { presentTemplate } from "@/lib/communications/present";
import { authenticatedRoute, readJson } from "@/lib/http/route";

/** Rewrites a template (plan admins): `{ name, subject, body }`; unknown placeholders are refused. */
export const PUT = authenticatedRoute<{ id: string }>(async ({ request, params, user }) => {
  return Response.json(presentTemplate(await updateTemplate(user, params.id, await readJson(request))));
});

/** Removes a template (plan admins); status updates posted from it keep their text. */
export const DELETE = authenticatedRoute<{ id: string }>(async ({ params, user }) => {
  await deleteTemplate(user, params.id);
  return new Response(null, { status: 204 });
});
