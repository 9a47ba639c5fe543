import { authenticatedRoute } from "@/lib/http/route";
import { listActiveIncidents } from "@/lib/incidents/data";
import { presentActiveIncidents } from "@/lib/incidents/present";

export const GET = authenticatedRoute(async ({ user }) => Response.json(presentActiveIncidents(await listActiveIncidents(user))));
