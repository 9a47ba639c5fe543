-- CreateEnum
CREATE TYPE "ObligationClockStart" AS ENUM ('classification', 'detection');

-- CreateTable
CREATE TABLE "ReportingObligation" (
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "clockStart" "ObligationClockStart" NOT NULL,
    "deadlines" JSONB NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "ReportingObligation_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "IncidentObligation" (
    "id" TEXT NOT NULL,
    "incidentId" TEXT NOT NULL,
    "obligationKey" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "clockStart" "ObligationClockStart" NOT NULL,
    "deadlines" JSONB NOT NULL,
    "classifiedAt" TIMESTAMP(3) NOT NULL,
    "clockStartedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IncidentObligation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ObligationReport" (
    "id" TEXT NOT NULL,
    "obligationId" TEXT NOT NULL,
    "deadlineKey" TEXT NOT NULL,
    "reference" TEXT,
    "reportedAt" TIMESTAMP(3) NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ObligationReport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "IncidentObligation_incidentId_obligationKey_key" ON "IncidentObligation"("incidentId", "obligationKey");

-- CreateIndex
CREATE UNIQUE INDEX "ObligationReport_obligationId_deadlineKey_key" ON "ObligationReport"("obligationId", "deadlineKey");

-- AddForeignKey
ALTER TABLE "IncidentObligation" ADD CONSTRAINT "IncidentObligation_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ObligationReport" ADD CONSTRAINT "ObligationReport_obligationId_fkey" FOREIGN KEY ("obligationId") REFERENCES "IncidentObligation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

