import { describe, expect, it } from "vitest";
import { updateContact } from "@/lib/contacts/mutations";
import { db } from "@/lib/db";
import { listPlanApprovals } from "@/lib/plan/approvals/data";
import { approvePlan } from "@/lib/plan/approvals/mutations";
import { approvalWords } from "@/lib/plan/approvals/present";
import { snapshot as everyRow } from "@/test/tables";
import { demoUser } from "@/test/users";

const planVersion = async () => (await db().planDocument.findUniqueOrThrow({ where: { id: "plan" } })).version;

describe("approving the plan", () => {
  it("records the current version as approved by the caller, now, with an audit event, and makes no new version", async () => {
    const admin = await demoUser("admin");
    const version = await planVersion();
    const approval = await approvePlan(admin, { note: "Approved at the quarterly review" });
    expect(approval).toMatchObject({ version, approvedById: admin.id, note: "Approved at the quarterly review", approvedBy: { name: admin.name } });
    expect(Date.now() - approval.approvedAt.getTime()).toBeLessThan(60_000);
    expect(await planVersion()).toBe(version);
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: "plan-approval.recorded", itemKey: approval.id } });
    expect(audit).toMatchObject({ actorId: admin.id, itemKind: "plan-approval", label: `Plan version ${version}` });
    expect((await listPlanApprovals(await demoUser("viewer")))[0].id).toBe(approval.id);
    expect(approvalWords(version, approval)).toEqual({ approved: true, words: expect.stringMatching(new RegExp(`^Approved: v${version.replace(".", "\\.")} by ${admin.name} on \\d+ \\w+ \\d{4}$`)) });
  });

  it("says the version in force is not approved once the plan has moved on", async () => {
    const admin = await demoUser("admin");
    const approved = await approvePlan(admin, {});
    const commander = await db().contact.findFirstOrThrow({ where: { key: "incident-commander" } });
    await updateContact(admin, commander.id, { phone: "+1-555-0199" });
    const now = await planVersion();
    expect(now).not.toBe(approved.version);
    const [latest] = await listPlanApprovals(admin);
    expect(approvalWords(now, latest)).toEqual({ approved: false, words: expect.stringContaining(`This version (v${now}) is not approved yet. Last approved: v${approved.version}`) });
  });

  it("keeps every approval for ever: the database refuses to change or remove one", async () => {
    const approval = await approvePlan(await demoUser("admin"), {});
    await expect(db().planApproval.update({ where: { id: approval.id }, data: { version: "9.9" } })).rejects.toThrow(/append-only/);
    await expect(db().planApproval.delete({ where: { id: approval.id } })).rejects.toThrow(/append-only/);
    expect(await db().planApproval.findUniqueOrThrow({ where: { id: approval.id } })).toMatchObject({ version: approval.version });
  });

  it.each(["viewer", "responder", "commander"] as const)("refuses a %s with a 403 and writes nothing", async (role) => {
    const before = await everyRow();
    await expect(approvePlan(await demoUser(role), { note: "me too" })).rejects.toMatchObject({ kind: "forbidden" });
    expect(await everyRow()).toEqual(before);
  });

  it.each([
    [{ note: "x".repeat(501) }, "note", "note must be at most 500 characters"],
    [{ note: 42 }, "note", "note must be text"],
    [{ version: "0.1" }, "version", "version is not a field this request takes"],
  ])("refuses %j with a 400 naming the field, and writes nothing", async (input, field, message) => {
    const before = await everyRow();
    await expect(approvePlan(await demoUser("admin"), input)).rejects.toMatchObject({ kind: "invalid", field, message });
    expect(await everyRow()).toEqual(before);
  });
});
