import { updateDrillSchedule } from "@/lib/drills/mutations";
import { authenticatedRoute, readJson } from "@/lib/http/route";

/** Changes a recovery test of the schedule (plan admins): any of the fields GET /api/drills shows. */
export const PATCH = authenticatedRoute<{ key: string }>(async ({ request, params, user }) => {
  return Response.json(await updateDrillSchedule(user, params.key, await readJson(request)));
});
