-- CreateEnum
CREATE TYPE "WebhookFormat" AS ENUM ('generic', 'slack', 'teams', 'mattermost', 'discord');

-- AlterTable
ALTER TABLE "Incident" ADD COLUMN     "bridgeUrl" TEXT;

-- AlterTable
ALTER TABLE "PlanDocument" ADD COLUMN     "bundleMadeAt" TIMESTAMP(3),
ADD COLUMN     "bundleVersion" TEXT;

-- AlterTable
ALTER TABLE "Webhook" ADD COLUMN     "events" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "format" "WebhookFormat" NOT NULL DEFAULT 'generic';

-- CreateTable
CREATE TABLE "PlanApproval" (
    "id" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "approvedById" TEXT NOT NULL,
    "approvedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "note" TEXT,

    CONSTRAINT "PlanApproval_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PlanApproval_approvedAt_idx" ON "PlanApproval"("approvedAt");

-- AddForeignKey
ALTER TABLE "PlanApproval" ADD CONSTRAINT "PlanApproval_approvedById_fkey" FOREIGN KEY ("approvedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Approvals are document control: kept as written.
CREATE FUNCTION "plan_approval_is_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'PlanApproval rows are append-only (% refused)', TG_OP; END $$;

CREATE TRIGGER "PlanApproval_append_only" BEFORE UPDATE OR DELETE ON "PlanApproval" FOR EACH ROW EXECUTE FUNCTION "plan_approval_is_append_only"();

-- A note written offline carries a key its device chose, so sending it again after a lost answer
-- adds it once.
CREATE UNIQUE INDEX "TimelineEvent_note_client_key" ON "TimelineEvent" ("incidentId", ("data"->>'clientKey')) WHERE "type" = 'note.added' AND "data" ? 'clientKey';
