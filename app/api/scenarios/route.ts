import { authenticatedRoute, readJson } from "@/lib/http/route";
import { listRecoveryTiers } from "@/lib/scenarios/data";
import { addScenario } from "@/lib/scenarios/mutations";
import { presentScenarios } from "@/lib/scenarios/present";

/** The plan's scenarios with their tier's objectives and the runbooks a declaration brings in. */
export const GET = authenticatedRoute(async ({ user }) => Response.json(presentScenarios(await listRecoveryTiers(user))));

/** Adds a scenario (plan admins): what GET shows, a name and a tier at least. */
export const POST = authenticatedRoute(async ({ request, user }) => {
  return Response.json(await addScenario(user, await readJson(request)), { status: 201 });
});
