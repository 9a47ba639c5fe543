import { authenticatedRoute } from "@/lib/http/route";
import { presentUpkeep } from "@/lib/plan/present";
import { listUpkeep } from "@/lib/plan/upkeep";

/** The plan's reviews and when each falls due. */
export const GET = authenticatedRoute(async ({ user }) => Response.json(presentUpkeep(await listUpkeep(user))));
