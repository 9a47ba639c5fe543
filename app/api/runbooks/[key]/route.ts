import { authenticatedRoute, readJson } from "@/lib/http/route";
import { requireRunbook } from "@/lib/runbooks/data";
import { updateRunbook } from "@/lib/runbooks/mutations";
import { presentRunbook } from "@/lib/runbooks/present";

/** A runbook with its phases and steps in order, by the field names its writes take. */
export const GET = authenticatedRoute<{ key: string }>(async ({ params, user }) => Response.json(presentRunbook(await requireRunbook(user, params.key))));

/** Changes a runbook's title, situation or detection signals (plan admins). */
export const PATCH = authenticatedRoute<{ key: string }>(async ({ request, params, user }) => {
  return Response.json(await updateRunbook(user, params.key, await readJson(request)));
});
