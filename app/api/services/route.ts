import { authenticatedRoute, readJson } from "@/lib/http/route";
import { listServices } from "@/lib/services/data";
import { addService } from "@/lib/services/mutations";
import { presentServices } from "@/lib/services/present";

/** The plan's services: stable keys for automation, objectives (inherited for unrated dependencies). */
export const GET = authenticatedRoute(async () => Response.json(presentServices(await listServices())));

/** Adds a service at the end of the plan's list (plan admins): what GET shows, a name at least. */
export const POST = authenticatedRoute(async ({ request, user }) => {
  return Response.json(await addService(user, await readJson(request)), { status: 201 });
});
