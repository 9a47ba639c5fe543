import { authenticatedRoute } from "@/lib/http/route";
import { getReadiness } from "@/lib/readiness/data";
import { presentReadiness } from "@/lib/readiness/present";

/** Each service's last proof of recovery, and whether it still stands. */
export const GET = authenticatedRoute(async ({ user }) => Response.json(presentReadiness(await getReadiness(user))));
