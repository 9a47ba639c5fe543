import { evidenceRecords } from "@/lib/evidence/data";
import { presentEvidenceLedger } from "@/lib/evidence/present";
import { authenticatedRoute } from "@/lib/http/route";

/** The compliance ledger for a period (from/to days, the last twelve months by default). */
export const GET = authenticatedRoute(async ({ request, user }) => {
  const records = await evidenceRecords(user, Object.fromEntries(new URL(request.url).searchParams));
  return Response.json(presentEvidenceLedger(records));
});
