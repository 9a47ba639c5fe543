import { authenticatedRoute, readJson } from "@/lib/http/route";
import { listReportingObligations } from "@/lib/obligations/data";
import { addReportingObligation } from "@/lib/obligations/mutations";
import { presentReportingObligation } from "@/lib/obligations/present";

/** The plan's reporting obligations, in its order: keys for classifying an incident. */
export const GET = authenticatedRoute(async ({ user }) => Response.json((await listReportingObligations(user)).map(presentReportingObligation)));

/** Adds an obligation (plan admins): `{ preset: "dora" }`, or `{ name, clockStart, deadlines, key? }`. */
export const POST = authenticatedRoute(async ({ request, user }) => {
  return Response.json(await addReportingObligation(user, await readJson(request)), { status: 201 });
});
