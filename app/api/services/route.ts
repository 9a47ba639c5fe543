import { authenticatedRoute } from "@/lib/http/route";
import { listServices } from "@/lib/services/data";
import { presentServices } from "@/lib/services/present";

/** The plan's services: stable keys for automation, objectives (inherited for unrated dependencies). */
export const GET = authenticatedRoute(async () => Response.json(presentServices(await listServices())));
