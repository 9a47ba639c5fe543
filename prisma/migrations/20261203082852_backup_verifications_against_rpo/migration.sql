-- AlterTable
ALTER TABLE "BackupVerification" ADD COLUMN     "dataClassKey" TEXT,
ADD COLUMN     "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "restorePointAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "BackupAlertState" (
    "subjectKind" TEXT NOT NULL,
    "subjectKey" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "alerting" BOOLEAN NOT NULL,
    "changedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BackupAlertState_pkey" PRIMARY KEY ("subjectKind","subjectKey")
);

-- CreateIndex
CREATE INDEX "BackupVerification_dataClassKey_succeeded_restorePointAt_idx" ON "BackupVerification"("dataClassKey", "succeeded", "restorePointAt");

-- AddForeignKey
ALTER TABLE "BackupVerification" ADD CONSTRAINT "BackupVerification_dataClassKey_fkey" FOREIGN KEY ("dataClassKey") REFERENCES "DataRecoveryPoint"("key") ON DELETE SET NULL ON UPDATE CASCADE;

