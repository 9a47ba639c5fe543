import { listTokens } from "@/lib/api-tokens/data";
import { createApiToken } from "@/lib/api-tokens/mutations";
import { presentApiTokens, presentCreatedApiToken } from "@/lib/api-tokens/present";
import { authenticatedRoute, readJson } from "@/lib/http/route";

export const GET = authenticatedRoute(async ({ user }) => Response.json(presentApiTokens(await listTokens(user.id))));

/** Creates a token acting with the caller's role: `{ name }`. The token is in this answer only. */
export const POST = authenticatedRoute(async ({ request, user }) => {
  return Response.json(presentCreatedApiToken(await createApiToken(user, await readJson(request))), { status: 201 });
});
