import { authenticatedRoute, readJson } from "@/lib/http/route";
import { removeReportingObligation, updateReportingObligation } from "@/lib/obligations/mutations";

/** Changes an obligation (plan admins): any of `{ name, clockStart, deadlines }`. Classified incidents keep their clocks. */
export const PATCH = authenticatedRoute<{ key: string }>(async ({ request, params, user }) => {
  return Response.json(await updateReportingObligation(user, params.key, await readJson(request)));
});

/** Removes an obligation from the plan (plan admins); classified incidents keep their deadlines. */
export const DELETE = authenticatedRoute<{ key: string }>(async ({ params, user }) => {
  await removeReportingObligation(user, params.key);
  return new Response(null, { status: 204 });
});
