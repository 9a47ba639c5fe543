import { authenticatedRoute, readJson } from "@/lib/http/route";
import { recordReport } from "@/lib/obligations/mutations";

/** Records a report made under the obligation (its commander): `{ deadline, reference?, at? }`. */
export const POST = authenticatedRoute<{ id: string; key: string }>(async ({ request, params, user }) => {
  return Response.json(await recordReport(user, params.id, params.key, await readJson(request)), { status: 201 });
});
