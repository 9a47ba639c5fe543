import { revokeApiToken } from "@/lib/api-tokens/mutations";
import { authenticatedRoute } from "@/lib/http/route";

export const DELETE = authenticatedRoute<{ id: string }>(async ({ params, user }) => {
  await revokeApiToken(user, params.id);
  return new Response(null, { status: 204 });
});
