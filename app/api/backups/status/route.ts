import { getBackupStatus } from "@/lib/backups/data";
import { presentBackupStatus } from "@/lib/backups/present";
import { authenticatedRoute } from "@/lib/http/route";

/** Each data class's newest verified restore point against its RPO, each check against its interval, and the alerts. */
export const GET = authenticatedRoute(async ({ user }) => Response.json(presentBackupStatus(await getBackupStatus(user))));
