import { listTokens } from "@/lib/api-tokens/data";
import { createApiToken } from "@/lib/api-tokens/mutations";
import { authenticate } from "@/lib/auth/session";
import { handle, readJson } from "@/lib/http/route";

export const GET = handle(async () => Response.json(await listTokens((await authenticate()).id)));

/** Creates a token acting with the caller's role: `{ name }`. The token is in this answer only. */
export const POST = handle(async (request) => {
  return Response.json(await createApiToken(await authenticate(), await readJson(request)), { status: 201 });
});
