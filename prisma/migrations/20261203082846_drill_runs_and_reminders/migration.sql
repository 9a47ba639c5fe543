-- CreateTable
CREATE TABLE "DrillReminder" (
    "drillScheduleId" TEXT NOT NULL,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "state" TEXT NOT NULL,
    "remindedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DrillReminder_pkey" PRIMARY KEY ("drillScheduleId","dueAt","state")
);

-- AddForeignKey
ALTER TABLE "DrillReminder" ADD CONSTRAINT "DrillReminder_drillScheduleId_fkey" FOREIGN KEY ("drillScheduleId") REFERENCES "DrillSchedule"("id") ON DELETE CASCADE ON UPDATE CASCADE;

