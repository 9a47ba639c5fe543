import { authenticatedRoute, readJson } from "@/lib/http/route";
import { removeAgendaItem, updateAgendaItem } from "@/lib/plan/list-mutations";

/** Renames an agenda item or moves it (plan admins): `{ title?, position? }`; answers with the agenda. */
export const PATCH = authenticatedRoute<{ key: string }>(async ({ request, params, user }) => {
  return Response.json(await updateAgendaItem(user, params.key, await readJson(request)));
});

/** Removes an agenda item (plan admins); answers with the agenda. */
export const DELETE = authenticatedRoute<{ key: string }>(async ({ params, user }) => {
  return Response.json(await removeAgendaItem(user, params.key));
});
