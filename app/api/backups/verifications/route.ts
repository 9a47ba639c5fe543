import { listVerifications } from "@/lib/backups/data";
import { recordBackupVerification } from "@/lib/backups/mutations";
import { presentVerification } from "@/lib/backups/present";
import { authenticatedRoute, readJson } from "@/lib/http/route";

/** The most recent backup verification runs, newest first; `?check=` keeps one check's. */
export const GET = authenticatedRoute(async ({ request, user }) =>
  Response.json((await listVerifications(user, Object.fromEntries(new URL(request.url).searchParams))).map(presentVerification)),
);

/** Records a verification run (responders, commanders, admins; a backup job with a responder's token). */
export const POST = authenticatedRoute(async ({ request, user }) =>
  Response.json(await recordBackupVerification(user, await readJson(request)), { status: 201 }),
);
