-- AlterTable
ALTER TABLE "DrillSchedule" ADD COLUMN     "scenarioId" TEXT;

-- CreateTable
CREATE TABLE "DrillScheduleService" (
    "drillScheduleId" TEXT NOT NULL,
    "serviceId" TEXT NOT NULL,

    CONSTRAINT "DrillScheduleService_pkey" PRIMARY KEY ("drillScheduleId","serviceId")
);

-- AddForeignKey
ALTER TABLE "DrillSchedule" ADD CONSTRAINT "DrillSchedule_scenarioId_fkey" FOREIGN KEY ("scenarioId") REFERENCES "Scenario"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DrillScheduleService" ADD CONSTRAINT "DrillScheduleService_drillScheduleId_fkey" FOREIGN KEY ("drillScheduleId") REFERENCES "DrillSchedule"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DrillScheduleService" ADD CONSTRAINT "DrillScheduleService_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- A plan loaded before tests had a scope gets the plan's own: the scenario each test rehearses and
-- the services it recovers (new plans get them from the seed).
UPDATE "DrillSchedule" AS d SET "scenarioId" = s.id
FROM (VALUES
  ('database-recovery', 'database-corruption-loss'),
  ('application-recovery', 'application-server-failure'),
  ('cross-region-failover', 'complete-data-center-outage'),
  ('security-incident-response', 'security-breach')
) AS plan(drill, scenario)
JOIN "Scenario" s ON s.key = plan.scenario
WHERE d.key = plan.drill;

INSERT INTO "DrillScheduleService" ("drillScheduleId", "serviceId")
SELECT d.id, s.id
FROM (VALUES
  ('database-recovery', ARRAY['database']),
  ('application-recovery', ARRAY['authentication', 'core-api', 'web-application', 'real-time-messaging', 'voice-video', 'admin-panel', 'mobile-api', 'analytics', 'monitoring']),
  ('cross-region-failover', ARRAY['database', 'authentication', 'core-api', 'web-application', 'real-time-messaging', 'voice-video', 'admin-panel', 'mobile-api', 'analytics', 'monitoring']),
  ('security-incident-response', ARRAY['authentication', 'core-api', 'database'])
) AS plan(drill, services)
JOIN "DrillSchedule" d ON d.key = plan.drill
JOIN "Service" s ON s.key = ANY (plan.services);
