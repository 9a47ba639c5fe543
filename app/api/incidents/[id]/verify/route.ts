import { verifyIncidentChain } from "@/lib/evidence/data";
import { presentChainVerdict } from "@/lib/evidence/present";
import { authenticatedRoute } from "@/lib/http/route";

/** Whether the incident's timeline still matches its hash chain, and where it breaks if not. */
export const GET = authenticatedRoute<{ id: string }>(async ({ params, user }) => {
  return Response.json(presentChainVerdict(await verifyIncidentChain(user, params.id)));
});
