// Loads the disaster-recovery plan (prisma/seed-data/, every table and list of it) into the
// database. It only inserts what is missing, by natural key, and never changes a value that is set
// (its one update fills in a contact's empty user link for a demo user it has just created): a
// second run changes nothing and whatever an admin edited stays edited. Rows owned by another (a
// runbook's phases and steps, a service's dependencies, an escalation level's targets, a list's
// items, a scenario's runbooks) are inserted only together with their owner, so a link an admin
// removed stays removed. Inserts skip conflicts, so nodes that start at once can all seed safely.
//
// Run by server.ts on first start and by `npm run db:seed` (scripts/seed.ts).
import { db } from "@/lib/db";
import { DATA_RECOVERY_POINTS, RECOVERY_TIERS } from "./seed-data/recovery-objectives";
import { RECOVERY_SCRIPTS } from "./seed-data/recovery-scripts";
import { COMMUNICATION_TEMPLATES } from "./seed-data/templates";
import { withPositions } from "./seeders/keys";
import { demoUsersToCreate, seedContactsAndEscalation, seedDemoUsers } from "./seeders/people";
import { seedBackupsAndTesting, seedPlanDocument, seedPlanLists } from "./seeders/plan-document";
import { seedRunbooks, seedScenarios, seedServices } from "./seeders/services-and-runbooks";

export async function seedPlan(options: { demoUsers: boolean }): Promise<void> {
  // Hashing is slow: done before the transaction, and only for demo users who do not exist yet.
  const demoUsers = options.demoUsers ? await demoUsersToCreate() : [];
  await db().$transaction(
    async (tx) => {
      await tx.recoveryTier.createMany({ data: withPositions(RECOVERY_TIERS), skipDuplicates: true });
      await tx.dataRecoveryPoint.createMany({ data: withPositions(DATA_RECOVERY_POINTS), skipDuplicates: true });
      const serviceIds = await seedServices(tx);
      const runbookIds = await seedRunbooks(tx, serviceIds);
      await seedScenarios(tx, runbookIds);
      await tx.recoveryScript.createMany({ data: withPositions(RECOVERY_SCRIPTS), skipDuplicates: true });
      await seedContactsAndEscalation(tx);
      await seedBackupsAndTesting(tx, runbookIds, serviceIds);
      await seedPlanDocument(tx, new Date());
      await seedPlanLists(tx);
      await tx.communicationTemplate.createMany({ data: withPositions(COMMUNICATION_TEMPLATES), skipDuplicates: true });
      await seedDemoUsers(tx, demoUsers);
    },
    // One transaction, so a failed seed leaves nothing half-loaded; the 5 s default is for requests.
    { timeout: 60_000 },
  );
}
