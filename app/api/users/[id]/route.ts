import { authenticatedRoute, readJson } from "@/lib/http/route";
import { updateUser } from "@/lib/users/mutations";
import { presentManagedUser } from "@/lib/users/present";

/** Renames a user, changes their role, or deactivates (`active: false`) and reactivates them (admins). */
export const PATCH = authenticatedRoute<{ id: string }>(async ({ request, params, user }) => {
  return Response.json(presentManagedUser(await updateUser(user, params.id, await readJson(request))));
});
