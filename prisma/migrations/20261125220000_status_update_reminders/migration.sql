-- Status-update reminders: when the next update is due, and the due time last reminded.
ALTER TABLE "Incident" ADD COLUMN "statusUpdateDueAt" TIMESTAMP(3),
ADD COLUMN "statusReminderSentFor" TIMESTAMP(3);
