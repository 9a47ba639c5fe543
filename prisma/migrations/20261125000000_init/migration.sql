-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "UserRole" AS ENUM ('admin', 'commander', 'responder', 'viewer');

-- CreateEnum
CREATE TYPE "Severity" AS ENUM ('critical', 'major', 'minor');

-- CreateEnum
CREATE TYPE "RunbookKind" AS ENUM ('incident_process', 'recovery', 'post_recovery', 'test_procedure');

-- CreateEnum
CREATE TYPE "WindowAnchor" AS ENUM ('detection', 'recovery');

-- CreateEnum
CREATE TYPE "ScriptCategory" AS ENUM ('core', 'utility');

-- CreateEnum
CREATE TYPE "ContactKind" AS ENUM ('response_team', 'external', 'escalation');

-- CreateEnum
CREATE TYPE "Audience" AS ENUM ('internal', 'stakeholders', 'public');

-- CreateEnum
CREATE TYPE "IncidentState" AS ENUM ('detected', 'assessing', 'dr_activated', 'standard_response', 'recovering', 'monitoring', 'validating', 'resolved', 'in_review', 'closed');

-- CreateEnum
CREATE TYPE "ServiceImpact" AS ENUM ('down', 'degraded', 'at_risk');

-- CreateEnum
CREATE TYPE "IncidentRole" AS ENUM ('incident_commander', 'technical_lead', 'communications_lead', 'scribe', 'responder');

-- CreateEnum
CREATE TYPE "ActionItemStatus" AS ENUM ('open', 'in_progress', 'done', 'cancelled');

-- CreateEnum
CREATE TYPE "ActionItemPriority" AS ENUM ('high', 'medium', 'low');

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "UserRole" NOT NULL,
    "passwordHash" TEXT,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiToken" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "ApiToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RecoveryTier" (
    "severity" "Severity" NOT NULL,
    "name" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "rtoMinMinutes" INTEGER NOT NULL,
    "rtoMaxMinutes" INTEGER NOT NULL,
    "rpoMinutes" INTEGER NOT NULL,
    "statusUpdateIntervalMinutes" INTEGER NOT NULL,

    CONSTRAINT "RecoveryTier_pkey" PRIMARY KEY ("severity")
);

-- CreateTable
CREATE TABLE "DataRecoveryPoint" (
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "rpoMinutes" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "DataRecoveryPoint_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "Service" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "priority" INTEGER,
    "rtoMinutes" INTEGER,
    "rpoMinutes" INTEGER,
    "inPriorityMatrix" BOOLEAN NOT NULL,
    "isPublic" BOOLEAN NOT NULL DEFAULT false,
    "position" INTEGER NOT NULL,

    CONSTRAINT "Service_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServiceDependency" (
    "serviceId" TEXT NOT NULL,
    "dependsOnId" TEXT NOT NULL,

    CONSTRAINT "ServiceDependency_pkey" PRIMARY KEY ("serviceId","dependsOnId")
);

-- CreateTable
CREATE TABLE "Scenario" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "severity" "Severity" NOT NULL,
    "position" INTEGER NOT NULL,
    "examples" TEXT[],

    CONSTRAINT "Scenario_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScenarioRunbook" (
    "scenarioId" TEXT NOT NULL,
    "runbookId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "ScenarioRunbook_pkey" PRIMARY KEY ("scenarioId","runbookId")
);

-- CreateTable
CREATE TABLE "Runbook" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "kind" "RunbookKind" NOT NULL,
    "situation" TEXT,
    "detection" TEXT[],
    "position" INTEGER NOT NULL,

    CONSTRAINT "Runbook_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RunbookPhase" (
    "id" TEXT NOT NULL,
    "runbookId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "windowStartMinutes" INTEGER,
    "windowEndMinutes" INTEGER,
    "windowAnchor" "WindowAnchor" NOT NULL DEFAULT 'detection',

    CONSTRAINT "RunbookPhase_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RunbookStep" (
    "id" TEXT NOT NULL,
    "phaseId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "details" TEXT[],
    "command" TEXT,
    "serviceId" TEXT,

    CONSTRAINT "RunbookStep_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RecoveryScript" (
    "path" TEXT NOT NULL,
    "category" "ScriptCategory" NOT NULL,
    "position" INTEGER NOT NULL,
    "purposes" TEXT[],

    CONSTRAINT "RecoveryScript_pkey" PRIMARY KEY ("path")
);

-- CreateTable
CREATE TABLE "Contact" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "kind" "ContactKind" NOT NULL,
    "role" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "organisation" TEXT,
    "phone" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "backupName" TEXT,
    "accountId" TEXT,
    "isDemoValue" BOOLEAN NOT NULL DEFAULT false,
    "position" INTEGER NOT NULL,
    "userId" TEXT,

    CONSTRAINT "Contact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EscalationLevel" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "afterMinutes" INTEGER NOT NULL,
    "untilMinutes" INTEGER,
    "audience" TEXT NOT NULL,

    CONSTRAINT "EscalationLevel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EscalationTarget" (
    "levelId" TEXT NOT NULL,
    "contactId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "EscalationTarget_pkey" PRIMARY KEY ("levelId","contactId")
);

-- CreateTable
CREATE TABLE "BackupPolicy" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "frequency" TEXT NOT NULL,
    "frequencyMinutes" INTEGER,
    "fullBackup" TEXT,
    "retention" TEXT NOT NULL,
    "location" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "BackupPolicy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BackupVerificationSchedule" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "cadence" TEXT NOT NULL,
    "intervalDays" INTEGER NOT NULL,
    "activity" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "BackupVerificationSchedule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BackupVerification" (
    "id" TEXT NOT NULL,
    "scheduleId" TEXT NOT NULL,
    "backupPolicyId" TEXT,
    "performedAt" TIMESTAMP(3) NOT NULL,
    "succeeded" BOOLEAN NOT NULL,
    "notes" TEXT,
    "recordedById" TEXT,

    CONSTRAINT "BackupVerification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DrillSchedule" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "testType" TEXT NOT NULL,
    "frequency" TEXT NOT NULL,
    "intervalMonths" INTEGER NOT NULL,
    "durationMinutes" INTEGER NOT NULL,
    "scope" TEXT NOT NULL,
    "runbookId" TEXT,
    "position" INTEGER NOT NULL,

    CONSTRAINT "DrillSchedule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SuccessCriterion" (
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "SuccessCriterion_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "ReviewAgendaItem" (
    "key" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "ReviewAgendaItem_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "PlanDocument" (
    "id" TEXT NOT NULL DEFAULT 'plan',
    "title" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "owner" TEXT NOT NULL,
    "reviewFrequency" TEXT NOT NULL,
    "reviewIntervalMonths" INTEGER NOT NULL,
    "lastUpdatedAt" TIMESTAMP(3) NOT NULL,
    "lastReviewedAt" TIMESTAMP(3),
    "nextReviewAt" TIMESTAMP(3) NOT NULL,
    "approvedBy" TEXT,
    "distribution" TEXT[],
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PlanDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanReviewCadence" (
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "intervalMonths" INTEGER NOT NULL,
    "items" TEXT[],
    "lastHeldAt" TIMESTAMP(3),
    "position" INTEGER NOT NULL,

    CONSTRAINT "PlanReviewCadence_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "PlanList" (
    "key" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "section" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "PlanList_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "PlanListItem" (
    "id" TEXT NOT NULL,
    "listKey" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "details" TEXT[],

    CONSTRAINT "PlanListItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CommunicationTemplate" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "audience" "Audience" NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CommunicationTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Subscriber" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "audience" "Audience" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Subscriber_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Incident" (
    "id" TEXT NOT NULL,
    "number" SERIAL NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT,
    "scenarioId" TEXT,
    "severity" "Severity" NOT NULL,
    "state" "IncidentState" NOT NULL DEFAULT 'detected',
    "isDrill" BOOLEAN NOT NULL DEFAULT false,
    "drillScheduleId" TEXT,
    "drillNotifiesExternal" BOOLEAN NOT NULL DEFAULT false,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "impactStartedAt" TIMESTAMP(3),
    "detectedAt" TIMESTAMP(3) NOT NULL,
    "declaredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "acknowledgedAt" TIMESTAMP(3),
    "mitigatedAt" TIMESTAMP(3),
    "resolvedAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "dataLossMinutes" INTEGER,
    "escalationPausedAt" TIMESTAMP(3),
    "escalationPauseReason" TEXT,
    "lastSeq" INTEGER NOT NULL DEFAULT 0,
    "createdById" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Incident_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IncidentService" (
    "id" TEXT NOT NULL,
    "incidentId" TEXT NOT NULL,
    "serviceId" TEXT NOT NULL,
    "impact" "ServiceImpact" NOT NULL,
    "rtoDeadline" TIMESTAMP(3) NOT NULL,
    "rpoTargetMinutes" INTEGER NOT NULL,
    "breachedAt" TIMESTAMP(3),
    "restoredAt" TIMESTAMP(3),
    "recoveryMinutes" INTEGER,
    "dataLossMinutes" INTEGER,

    CONSTRAINT "IncidentService_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IncidentRoleAssignment" (
    "id" TEXT NOT NULL,
    "incidentId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" "IncidentRole" NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" TIMESTAMP(3),
    "assignedById" TEXT,

    CONSTRAINT "IncidentRoleAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChecklistItem" (
    "id" TEXT NOT NULL,
    "incidentId" TEXT NOT NULL,
    "runbookStepId" TEXT,
    "runbookTitle" TEXT NOT NULL,
    "phaseName" TEXT NOT NULL,
    "windowStartMinutes" INTEGER,
    "windowEndMinutes" INTEGER,
    "windowAnchor" "WindowAnchor" NOT NULL DEFAULT 'detection',
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "details" TEXT[],
    "command" TEXT,
    "serviceId" TEXT,
    "done" BOOLEAN NOT NULL DEFAULT false,
    "doneAt" TIMESTAMP(3),
    "doneById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ChecklistItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TimelineEvent" (
    "id" TEXT NOT NULL,
    "incidentId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "type" TEXT NOT NULL,
    "actorId" TEXT,
    "data" JSONB NOT NULL,
    "occurredAt" TIMESTAMP(3) NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TimelineEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TimelineEventPin" (
    "eventId" TEXT NOT NULL,
    "pinnedById" TEXT NOT NULL,
    "pinnedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TimelineEventPin_pkey" PRIMARY KEY ("eventId")
);

-- CreateTable
CREATE TABLE "StatusUpdate" (
    "id" TEXT NOT NULL,
    "incidentId" TEXT NOT NULL,
    "audience" "Audience" NOT NULL,
    "body" TEXT NOT NULL,
    "templateId" TEXT,
    "authorId" TEXT NOT NULL,
    "postedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "nextUpdateDueAt" TIMESTAMP(3),

    CONSTRAINT "StatusUpdate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IncidentEscalation" (
    "id" TEXT NOT NULL,
    "incidentId" TEXT NOT NULL,
    "levelId" TEXT NOT NULL,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "firedAt" TIMESTAMP(3),
    "lateByMs" INTEGER,
    "manual" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "IncidentEscalation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EscalationAcknowledgement" (
    "id" TEXT NOT NULL,
    "incidentEscalationId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "via" TEXT NOT NULL,
    "acknowledgedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EscalationAcknowledgement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "incidentId" TEXT,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" TIMESTAMP(3),

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Webhook" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "secret" TEXT NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Webhook_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WebhookDelivery" (
    "id" TEXT NOT NULL,
    "webhookId" TEXT NOT NULL,
    "event" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "attempt" INTEGER NOT NULL,
    "statusCode" INTEGER,
    "error" TEXT,
    "attemptedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "nextAttemptAt" TIMESTAMP(3),

    CONSTRAINT "WebhookDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PostIncidentReview" (
    "id" TEXT NOT NULL,
    "incidentId" TEXT NOT NULL,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "heldAt" TIMESTAMP(3),
    "wentWell" TEXT,
    "couldImprove" TEXT,
    "documentationUpdates" TEXT,
    "downtimeMinutes" INTEGER,
    "usersAffected" INTEGER,
    "estimatedCost" DECIMAL(14,2),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PostIncidentReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewAttendee" (
    "id" TEXT NOT NULL,
    "reviewId" TEXT NOT NULL,
    "userId" TEXT,
    "name" TEXT NOT NULL,

    CONSTRAINT "ReviewAttendee_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewCriterionScore" (
    "reviewId" TEXT NOT NULL,
    "criterionKey" TEXT NOT NULL,
    "met" BOOLEAN,
    "note" TEXT,

    CONSTRAINT "ReviewCriterionScore_pkey" PRIMARY KEY ("reviewId","criterionKey")
);

-- CreateTable
CREATE TABLE "ActionItem" (
    "id" TEXT NOT NULL,
    "reviewId" TEXT,
    "title" TEXT NOT NULL,
    "ownerName" TEXT NOT NULL,
    "ownerId" TEXT,
    "dueDate" TIMESTAMP(3),
    "status" "ActionItemStatus" NOT NULL DEFAULT 'open',
    "priority" "ActionItemPriority" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completedAt" TIMESTAMP(3),

    CONSTRAINT "ActionItem_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken_tokenHash_key" ON "ApiToken"("tokenHash");

-- CreateIndex
CREATE INDEX "ApiToken_userId_idx" ON "ApiToken"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Service_key_key" ON "Service"("key");

-- CreateIndex
CREATE UNIQUE INDEX "Scenario_key_key" ON "Scenario"("key");

-- CreateIndex
CREATE UNIQUE INDEX "Runbook_key_key" ON "Runbook"("key");

-- CreateIndex
CREATE UNIQUE INDEX "RunbookPhase_runbookId_key_key" ON "RunbookPhase"("runbookId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "RunbookStep_phaseId_position_key" ON "RunbookStep"("phaseId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Contact_key_key" ON "Contact"("key");

-- CreateIndex
CREATE UNIQUE INDEX "Contact_userId_key" ON "Contact"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "EscalationLevel_key_key" ON "EscalationLevel"("key");

-- CreateIndex
CREATE UNIQUE INDEX "BackupPolicy_key_key" ON "BackupPolicy"("key");

-- CreateIndex
CREATE UNIQUE INDEX "BackupVerificationSchedule_key_key" ON "BackupVerificationSchedule"("key");

-- CreateIndex
CREATE INDEX "BackupVerification_scheduleId_performedAt_idx" ON "BackupVerification"("scheduleId", "performedAt");

-- CreateIndex
CREATE UNIQUE INDEX "DrillSchedule_key_key" ON "DrillSchedule"("key");

-- CreateIndex
CREATE UNIQUE INDEX "PlanListItem_listKey_position_key" ON "PlanListItem"("listKey", "position");

-- CreateIndex
CREATE UNIQUE INDEX "CommunicationTemplate_key_key" ON "CommunicationTemplate"("key");

-- CreateIndex
CREATE UNIQUE INDEX "Subscriber_email_audience_key" ON "Subscriber"("email", "audience");

-- CreateIndex
CREATE UNIQUE INDEX "Incident_number_key" ON "Incident"("number");

-- CreateIndex
CREATE INDEX "Incident_state_idx" ON "Incident"("state");

-- CreateIndex
CREATE INDEX "Incident_detectedAt_idx" ON "Incident"("detectedAt");

-- CreateIndex
CREATE UNIQUE INDEX "IncidentService_incidentId_serviceId_key" ON "IncidentService"("incidentId", "serviceId");

-- CreateIndex
CREATE INDEX "IncidentRoleAssignment_incidentId_role_idx" ON "IncidentRoleAssignment"("incidentId", "role");

-- CreateIndex
CREATE INDEX "IncidentRoleAssignment_userId_idx" ON "IncidentRoleAssignment"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "ChecklistItem_incidentId_position_key" ON "ChecklistItem"("incidentId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "TimelineEvent_incidentId_seq_key" ON "TimelineEvent"("incidentId", "seq");

-- CreateIndex
CREATE INDEX "StatusUpdate_incidentId_postedAt_idx" ON "StatusUpdate"("incidentId", "postedAt");

-- CreateIndex
CREATE INDEX "StatusUpdate_audience_postedAt_idx" ON "StatusUpdate"("audience", "postedAt");

-- CreateIndex
CREATE INDEX "IncidentEscalation_firedAt_dueAt_idx" ON "IncidentEscalation"("firedAt", "dueAt");

-- CreateIndex
CREATE UNIQUE INDEX "IncidentEscalation_incidentId_levelId_key" ON "IncidentEscalation"("incidentId", "levelId");

-- CreateIndex
CREATE UNIQUE INDEX "EscalationAcknowledgement_incidentEscalationId_userId_key" ON "EscalationAcknowledgement"("incidentEscalationId", "userId");

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_idx" ON "Notification"("userId", "readAt");

-- CreateIndex
CREATE INDEX "WebhookDelivery_webhookId_attemptedAt_idx" ON "WebhookDelivery"("webhookId", "attemptedAt");

-- CreateIndex
CREATE UNIQUE INDEX "PostIncidentReview_incidentId_key" ON "PostIncidentReview"("incidentId");

-- CreateIndex
CREATE INDEX "ActionItem_status_dueDate_idx" ON "ActionItem"("status", "dueDate");

-- AddForeignKey
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceDependency" ADD CONSTRAINT "ServiceDependency_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceDependency" ADD CONSTRAINT "ServiceDependency_dependsOnId_fkey" FOREIGN KEY ("dependsOnId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Scenario" ADD CONSTRAINT "Scenario_severity_fkey" FOREIGN KEY ("severity") REFERENCES "RecoveryTier"("severity") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScenarioRunbook" ADD CONSTRAINT "ScenarioRunbook_scenarioId_fkey" FOREIGN KEY ("scenarioId") REFERENCES "Scenario"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScenarioRunbook" ADD CONSTRAINT "ScenarioRunbook_runbookId_fkey" FOREIGN KEY ("runbookId") REFERENCES "Runbook"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RunbookPhase" ADD CONSTRAINT "RunbookPhase_runbookId_fkey" FOREIGN KEY ("runbookId") REFERENCES "Runbook"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RunbookStep" ADD CONSTRAINT "RunbookStep_phaseId_fkey" FOREIGN KEY ("phaseId") REFERENCES "RunbookPhase"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RunbookStep" ADD CONSTRAINT "RunbookStep_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contact" ADD CONSTRAINT "Contact_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EscalationTarget" ADD CONSTRAINT "EscalationTarget_levelId_fkey" FOREIGN KEY ("levelId") REFERENCES "EscalationLevel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EscalationTarget" ADD CONSTRAINT "EscalationTarget_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "Contact"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BackupVerification" ADD CONSTRAINT "BackupVerification_scheduleId_fkey" FOREIGN KEY ("scheduleId") REFERENCES "BackupVerificationSchedule"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BackupVerification" ADD CONSTRAINT "BackupVerification_backupPolicyId_fkey" FOREIGN KEY ("backupPolicyId") REFERENCES "BackupPolicy"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BackupVerification" ADD CONSTRAINT "BackupVerification_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DrillSchedule" ADD CONSTRAINT "DrillSchedule_runbookId_fkey" FOREIGN KEY ("runbookId") REFERENCES "Runbook"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanListItem" ADD CONSTRAINT "PlanListItem_listKey_fkey" FOREIGN KEY ("listKey") REFERENCES "PlanList"("key") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Incident" ADD CONSTRAINT "Incident_scenarioId_fkey" FOREIGN KEY ("scenarioId") REFERENCES "Scenario"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Incident" ADD CONSTRAINT "Incident_drillScheduleId_fkey" FOREIGN KEY ("drillScheduleId") REFERENCES "DrillSchedule"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Incident" ADD CONSTRAINT "Incident_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncidentService" ADD CONSTRAINT "IncidentService_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncidentService" ADD CONSTRAINT "IncidentService_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncidentRoleAssignment" ADD CONSTRAINT "IncidentRoleAssignment_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncidentRoleAssignment" ADD CONSTRAINT "IncidentRoleAssignment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncidentRoleAssignment" ADD CONSTRAINT "IncidentRoleAssignment_assignedById_fkey" FOREIGN KEY ("assignedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChecklistItem" ADD CONSTRAINT "ChecklistItem_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChecklistItem" ADD CONSTRAINT "ChecklistItem_runbookStepId_fkey" FOREIGN KEY ("runbookStepId") REFERENCES "RunbookStep"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChecklistItem" ADD CONSTRAINT "ChecklistItem_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChecklistItem" ADD CONSTRAINT "ChecklistItem_doneById_fkey" FOREIGN KEY ("doneById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimelineEvent" ADD CONSTRAINT "TimelineEvent_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimelineEvent" ADD CONSTRAINT "TimelineEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimelineEventPin" ADD CONSTRAINT "TimelineEventPin_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "TimelineEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimelineEventPin" ADD CONSTRAINT "TimelineEventPin_pinnedById_fkey" FOREIGN KEY ("pinnedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatusUpdate" ADD CONSTRAINT "StatusUpdate_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatusUpdate" ADD CONSTRAINT "StatusUpdate_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "CommunicationTemplate"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatusUpdate" ADD CONSTRAINT "StatusUpdate_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncidentEscalation" ADD CONSTRAINT "IncidentEscalation_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncidentEscalation" ADD CONSTRAINT "IncidentEscalation_levelId_fkey" FOREIGN KEY ("levelId") REFERENCES "EscalationLevel"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EscalationAcknowledgement" ADD CONSTRAINT "EscalationAcknowledgement_incidentEscalationId_fkey" FOREIGN KEY ("incidentEscalationId") REFERENCES "IncidentEscalation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EscalationAcknowledgement" ADD CONSTRAINT "EscalationAcknowledgement_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebhookDelivery" ADD CONSTRAINT "WebhookDelivery_webhookId_fkey" FOREIGN KEY ("webhookId") REFERENCES "Webhook"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostIncidentReview" ADD CONSTRAINT "PostIncidentReview_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewAttendee" ADD CONSTRAINT "ReviewAttendee_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "PostIncidentReview"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewAttendee" ADD CONSTRAINT "ReviewAttendee_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewCriterionScore" ADD CONSTRAINT "ReviewCriterionScore_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "PostIncidentReview"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewCriterionScore" ADD CONSTRAINT "ReviewCriterionScore_criterionKey_fkey" FOREIGN KEY ("criterionKey") REFERENCES "SuccessCriterion"("key") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionItem" ADD CONSTRAINT "ActionItem_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "PostIncidentReview"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionItem" ADD CONSTRAINT "ActionItem_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- The timeline is append-only: it is the audit log and what live clients replay from.
-- (Kept on one line: the migration runner splits statements at line ends after semicolons.)
CREATE FUNCTION "timeline_event_is_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'TimelineEvent rows are append-only (% refused)', TG_OP; END $$;

CREATE TRIGGER "TimelineEvent_append_only" BEFORE UPDATE OR DELETE ON "TimelineEvent" FOR EACH ROW EXECUTE FUNCTION "timeline_event_is_append_only"();
