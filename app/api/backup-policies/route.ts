import { listBackupPolicies } from "@/lib/backups/data";
import { presentBackupPolicy } from "@/lib/backups/present";
import { authenticatedRoute } from "@/lib/http/route";

/** The plan's backup policies, in the plan's order: their keys are what PATCH /api/backup-policies/{key} takes. */
export const GET = authenticatedRoute(async ({ user }) => Response.json((await listBackupPolicies(user)).map(presentBackupPolicy)));
