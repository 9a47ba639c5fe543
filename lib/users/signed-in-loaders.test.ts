import { describe, expect, it } from "vitest";
import { listActionItemOwners } from "@/lib/action-items/data";
import { listBackupPolicies, listBackupVerificationSchedules } from "@/lib/backups/data";
import { listTemplates } from "@/lib/communications/data";
import { listContacts } from "@/lib/contacts/data";
import { listDrillSchedules, listSuccessCriteria } from "@/lib/drills/data";
import { listEscalationLevels } from "@/lib/escalation/data";
import { listAssignableHolders } from "@/lib/incident-roles/data";
import { listIncidents } from "@/lib/incidents/data";
import { getMetrics } from "@/lib/metrics/data";
import { getPlanDocument, getPlanOverview, listPlanActionItems, listPlanLists, listReviewAgenda, listReviewCadences } from "@/lib/plan/data";
import { getReadiness } from "@/lib/readiness/data";
import { getRunbook, listRecoveryScripts, listRunbooks } from "@/lib/runbooks/data";
import { listDataRecoveryPoints, listRecoveryTiers } from "@/lib/scenarios/data";
import { getStatusBoard } from "@/lib/status-board/data";
import { listPeople, type SignedInUser } from "@/lib/users/data";
import { demoUser } from "@/test/users";

const LOADERS: Record<string, (caller: SignedInUser) => Promise<unknown>> = {
  listActionItemOwners,
  listBackupPolicies,
  listBackupVerificationSchedules,
  listContacts: (caller) => listContacts(caller, "response_team"),
  listDrillSchedules,
  listSuccessCriteria,
  listEscalationLevels,
  listAssignableHolders,
  getPlanDocument,
  getPlanOverview,
  listPlanActionItems,
  listPlanLists,
  listReviewAgenda,
  listReviewCadences,
  getRunbook: (caller) => getRunbook(caller, "database-failure"),
  listRecoveryScripts,
  listRunbooks,
  listDataRecoveryPoints,
  listPeople,
  listTemplates,
  listRecoveryTiers,
  listIncidents,
  getMetrics,
  getStatusBoard,
  getReadiness,
};

describe("the loaders of signed-in data check their caller themselves", () => {
  it.each(Object.keys(LOADERS))("%s refuses a call without a signed-in caller and reads for a viewer", async (name) => {
    const load = LOADERS[name];
    await expect(async () => load(undefined as never)).rejects.toMatchObject({ kind: "unauthenticated" });
    await expect(load(await demoUser("viewer"))).resolves.toBeTruthy();
  });
});
