-- CreateTable
CREATE TABLE "PlanChange" (
    "id" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "itemKey" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "changedById" TEXT NOT NULL,
    "changedByName" TEXT NOT NULL,
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PlanChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PlanChange_version_key" ON "PlanChange"("version");

-- CreateIndex
CREATE INDEX "PlanChange_changedAt_idx" ON "PlanChange"("changedAt");

-- AddForeignKey
ALTER TABLE "PlanChange" ADD CONSTRAINT "PlanChange_changedById_fkey" FOREIGN KEY ("changedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- The plan's change record is append-only, as the timeline is: it is the plan's document control.
-- (Kept on one line: the migration runner splits statements at line ends after semicolons.)
CREATE FUNCTION "plan_change_is_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'PlanChange rows are append-only (% refused)', TG_OP; END $$;

CREATE TRIGGER "PlanChange_append_only" BEFORE UPDATE OR DELETE ON "PlanChange" FOR EACH ROW EXECUTE FUNCTION "plan_change_is_append_only"();
