import { authenticatedRoute } from "@/lib/http/route";
import { listRecoveryTiers } from "@/lib/scenarios/data";
import { presentRecoveryTiers } from "@/lib/scenarios/present";

/** The plan's recovery tiers, most severe first: their severities are what PATCH /api/recovery-tiers/{severity} takes. */
export const GET = authenticatedRoute(async ({ user }) => Response.json(presentRecoveryTiers(await listRecoveryTiers(user))));
