-- CreateIndex
CREATE INDEX "TimelineEvent_incidentId_type_idx" ON "TimelineEvent"("incidentId", "type");

