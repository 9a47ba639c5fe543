import { updateVerificationSchedule } from "@/lib/backups/mutations";
import { authenticatedRoute, readJson } from "@/lib/http/route";

/** Changes a backup verification check (plan admins): its cadence, interval in days and activity. */
export const PATCH = authenticatedRoute<{ key: string }>(async ({ request, params, user }) => {
  return Response.json(await updateVerificationSchedule(user, params.key, await readJson(request)));
});
