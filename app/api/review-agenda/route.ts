import { authenticatedRoute, readJson } from "@/lib/http/route";
import { listReviewAgenda } from "@/lib/plan/data";
import { addAgendaItem } from "@/lib/plan/list-mutations";
import { presentAgenda } from "@/lib/plan/present";

/** The post-incident review agenda, in order: keys for PATCH and DELETE /api/review-agenda/{key}. */
export const GET = authenticatedRoute(async ({ user }) => Response.json(presentAgenda(await listReviewAgenda(user))));

/** Adds an item at the end of the agenda (plan admins): `{ title }`; answers with the agenda. */
export const POST = authenticatedRoute(async ({ request, user }) => {
  return Response.json(await addAgendaItem(user, await readJson(request)), { status: 201 });
});
