import { authenticatedRoute, readJson } from "@/lib/http/route";
import { listPlanChanges } from "@/lib/plan/changes";
import { presentPlanChanges } from "@/lib/plan/present";
import { markMajorVersion } from "@/lib/plan/versions";

/** The plan's change record, newest first: who changed which item, from what to what, and the version it made. */
export const GET = authenticatedRoute(async ({ user }) => Response.json(presentPlanChanges(await listPlanChanges(user))));

/** Marks the plan's next version as a major one, with the admin's note. */
export const POST = authenticatedRoute(async ({ request, user }) => {
  const [change] = presentPlanChanges([await markMajorVersion(user, await readJson(request))]);
  return Response.json(change, { status: 201 });
});
