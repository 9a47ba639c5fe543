import { authenticatedRoute, readJson } from "@/lib/http/route";
import { invitationUrl } from "@/lib/users/invitation-url";
import { resetUserPassword } from "@/lib/users/mutations";
import { presentGrantedAccess, presentManagedUser } from "@/lib/users/present";

/** Resets a user's password (admins): `{ access }`. The one-time password or invitation link is in this answer only. */
export const POST = authenticatedRoute<{ id: string }>(async ({ request, params, user }) => {
  const reset = await resetUserPassword(user, params.id, await readJson(request));
  return Response.json({ ...presentManagedUser(reset.user), access: presentGrantedAccess(reset.access, invitationUrl) });
});
