import { authenticate } from "@/lib/auth/session";
import { acknowledgeEscalation } from "@/lib/escalation/mutations";
import type { RouteContext } from "@/lib/http/params";
import { handle } from "@/lib/http/route";

/** The caller acknowledges a level that fired. */
export const POST = handle(async (_request, { params }: RouteContext<{ id: string }>) => {
  const event = await acknowledgeEscalation(await authenticate(), (await params).id, "app");
  return Response.json(event, { status: 201 });
});
