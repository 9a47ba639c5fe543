import { authenticate } from "@/lib/auth/session";
import type { RouteContext } from "@/lib/http/params";
import { handle } from "@/lib/http/route";
import { removeSubscriber } from "@/lib/subscribers/mutations";

export const DELETE = handle(async (_request, { params }: RouteContext<{ id: string }>) => {
  await removeSubscriber(await authenticate(), (await params).id);
  return new Response(null, { status: 204 });
});
