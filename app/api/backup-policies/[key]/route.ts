import { updateBackupPolicy } from "@/lib/backups/mutations";
import { authenticatedRoute, readJson } from "@/lib/http/route";

/** Changes a backup policy (plan admins): any of the fields GET /api/backup-policies shows. */
export const PATCH = authenticatedRoute<{ key: string }>(async ({ request, params, user }) => {
  return Response.json(await updateBackupPolicy(user, params.key, await readJson(request)));
});
