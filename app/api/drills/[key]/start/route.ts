import { startDrill } from "@/lib/drills/mutations";
import { authenticatedRoute, readJson } from "@/lib/http/route";

/** Starts a drill of a recovery test (commanders and admins): its incident, in drill mode, to open. */
export const POST = authenticatedRoute<{ key: string }>(async ({ request, params, user }) => {
  return Response.json(await startDrill(user, params.key, await readJson(request)), { status: 201 });
});
