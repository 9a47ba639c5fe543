import { revokeApiToken } from "@/lib/api-tokens/mutations";
import { authenticate } from "@/lib/auth/session";
import type { RouteContext } from "@/lib/http/params";
import { handle } from "@/lib/http/route";

export const DELETE = handle(async (_request, { params }: RouteContext<{ id: string }>) => {
  await revokeApiToken(await authenticate(), (await params).id);
  return new Response(null, { status: 204 });
});
