import { authenticatedRoute, readJson } from "@/lib/http/route";
import { listManagedUsers } from "@/lib/users/data";
import { invitationUrl } from "@/lib/users/invitation-url";
import { addUser } from "@/lib/users/mutations";
import { presentGrantedAccess, presentManagedUser } from "@/lib/users/present";

/** Everyone with an account, active or not (admins). */
export const GET = authenticatedRoute(async ({ user }) => Response.json((await listManagedUsers(user)).map(presentManagedUser)));

/** Adds a user (admins): `{ email, name, role, access }`. Their one-time password or invitation link is in this answer only. */
export const POST = authenticatedRoute(async ({ request, user }) => {
  const added = await addUser(user, await readJson(request));
  return Response.json({ ...presentManagedUser(added.user), access: presentGrantedAccess(added.access, invitationUrl) }, { status: 201 });
});
