import { acknowledgeEscalation } from "@/lib/escalation/mutations";
import { authenticatedRoute } from "@/lib/http/route";

/** The caller acknowledges a level that fired. */
export const POST = authenticatedRoute<{ id: string }>(async ({ params, user }) => {
  const event = await acknowledgeEscalation(user, params.id, "app");
  return Response.json(event, { status: 201 });
});
