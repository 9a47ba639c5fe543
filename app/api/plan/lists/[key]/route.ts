import { authenticatedRoute, readJson } from "@/lib/http/route";
import { replacePlanList } from "@/lib/plan/list-mutations";

/** Replaces a plan list's items, in order (plan admins): `{ items: [{ text, details }] }`. */
export const PUT = authenticatedRoute<{ key: string }>(async ({ request, params, user }) => {
  return Response.json(await replacePlanList(user, params.key, await readJson(request)));
});
