-- AlterEnum
ALTER TYPE "IncidentState" ADD VALUE 'declared_in_error';

-- DropForeignKey
ALTER TABLE "IncidentRoleAssignment" DROP CONSTRAINT "IncidentRoleAssignment_userId_fkey";

-- AlterTable
ALTER TABLE "Incident" ADD COLUMN     "declaredInErrorAt" TIMESTAMP(3),
ADD COLUMN     "declaredInErrorReason" TEXT;

-- AlterTable
ALTER TABLE "IncidentRoleAssignment" ADD COLUMN     "contactId" TEXT,
ADD COLUMN     "holderName" TEXT,
ALTER COLUMN "userId" DROP NOT NULL;

-- Existing roles are all held by users: their names become the kept holder names.
UPDATE "IncidentRoleAssignment" AS assignment SET "holderName" = holder."name"
FROM "User" AS holder WHERE holder."id" = assignment."userId";
ALTER TABLE "IncidentRoleAssignment" ALTER COLUMN "holderName" SET NOT NULL;

-- AlterTable
ALTER TABLE "PostIncidentReview" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- CreateIndex
CREATE INDEX "IncidentRoleAssignment_contactId_idx" ON "IncidentRoleAssignment"("contactId");

-- AddForeignKey
ALTER TABLE "IncidentRoleAssignment" ADD CONSTRAINT "IncidentRoleAssignment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncidentRoleAssignment" ADD CONSTRAINT "IncidentRoleAssignment_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "Contact"("id") ON DELETE SET NULL ON UPDATE CASCADE;

