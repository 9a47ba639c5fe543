import { listBackupVerificationSchedules } from "@/lib/backups/data";
import { presentVerificationSchedule } from "@/lib/backups/present";
import { authenticatedRoute } from "@/lib/http/route";

/** The backup verification schedule, each check with its latest run: keys for PATCH /api/backup-verification-schedule/{key}. */
export const GET = authenticatedRoute(async ({ user }) => Response.json((await listBackupVerificationSchedules(user)).map(presentVerificationSchedule)));
