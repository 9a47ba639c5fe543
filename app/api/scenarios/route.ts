import { authenticatedRoute } from "@/lib/http/route";
import { listRecoveryTiers } from "@/lib/scenarios/data";
import { presentScenarios } from "@/lib/scenarios/present";

/** The plan's scenarios with their tier's objectives and the runbooks a declaration brings in. */
export const GET = authenticatedRoute(async ({ user }) => Response.json(presentScenarios(await listRecoveryTiers(user))));
