import { authenticatedRoute, readJson } from "@/lib/http/route";
import { presentAffectedService } from "@/lib/incidents/present";
import { addAffectedService } from "@/lib/recovery/service-mutations";

/** Adds an affected service: `{ key, impact }`; its deadlines come as at declaration. */
export const POST = authenticatedRoute<{ id: string }>(async ({ request, params, user }) => {
  return Response.json(presentAffectedService(await addAffectedService(user, params.id, await readJson(request))), { status: 201 });
});
