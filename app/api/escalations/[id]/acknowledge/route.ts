import { acknowledgeEscalation } from "@/lib/escalation/mutations";
import { authenticatedRoute } from "@/lib/http/route";
import { presentEvent } from "@/lib/timeline/present";

/** The caller acknowledges a level that fired. */
export const POST = authenticatedRoute<{ id: string }>(async ({ params, user }) => {
  const event = await acknowledgeEscalation(user, params.id, "app");
  return Response.json(presentEvent(event), { status: 201 });
});
