import { publicRoute, readJson } from "@/lib/http/route";
import { acceptInvitation } from "@/lib/users/mutations";

/** The invited person chooses their password: `{ token, password }`. The link is its only credential, and works once. */
export const POST = publicRoute(async ({ request }) => {
  await acceptInvitation(await readJson(request));
  return new Response(null, { status: 204 });
});
