import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addContact, removeContact, updateContact } from "@/lib/contacts/mutations";
import { assignRole } from "@/lib/incident-roles/mutations";
import { declareOutage } from "@/test/incidents";
import { listPlanChanges } from "@/lib/plan/changes";
import { demoUser, extraUser } from "@/test/users";

async function planState() {
  return {
    contacts: await db().contact.findMany({ orderBy: { key: "asc" } }),
    changes: await db().planChange.findMany(),
    version: (await db().planDocument.findUniqueOrThrow({ where: { id: "plan" } })).version,
  };
}

const contactByKey = (key: string) => db().contact.findUniqueOrThrow({ where: { key } });

async function refusal(promise: Promise<unknown>) {
  return promise.then(
    () => {
      throw new Error("The change was not refused");
    },
    (error: unknown) => error,
  );
}

describe("updateContact", () => {
  it("enters the real values, clears the demo marker and leaves one change record that moves the version on", async () => {
    const admin = await demoUser("admin");
    const contact = await contactByKey("aws-support");
    expect(contact.isDemoValue).toBe(true);
    const { version } = await planState();
    const changesBefore = await db().planChange.count();

    const updated = await updateContact(admin, contact.id, { phone: "+44 20 7946 0000", email: " AWS.Support@Example.com ", accountId: "1234-5678-9012" });

    expect(updated).toMatchObject({ phone: "+44 20 7946 0000", email: "aws.support@example.com", accountId: "1234-5678-9012", isDemoValue: false });
    expect(await contactByKey("aws-support")).toMatchObject({ phone: "+44 20 7946 0000", email: "aws.support@example.com", name: contact.name, isDemoValue: false });
    expect(await db().planChange.count()).toBe(changesBefore + 1);
    const [change] = await listPlanChanges(admin);
    expect(change).toMatchObject({
      kind: "contact",
      itemKey: contact.id,
      label: contact.name,
      changedById: admin.id,
      before: { phone: contact.phone, email: contact.email, accountId: contact.accountId, isDemoValue: true },
      after: { phone: "+44 20 7946 0000", email: "aws.support@example.com", accountId: "1234-5678-9012", isDemoValue: false },
    });
    const [major, minor] = version.split(".").map(Number);
    expect(change.version).toBe(`${major}.${minor + 1}`);
  });

  it("links a Muster user, and refuses one who is already another contact", async () => {
    const admin = await demoUser("admin");
    const contact = await contactByKey("cloudflare");
    const engineer = await extraUser("responder", "Vendor Liaison");
    expect(await updateContact(admin, contact.id, { userId: engineer.id })).toMatchObject({ userId: engineer.id });

    const before = await planState();
    const other = await contactByKey("database-vendor");
    expect(await refusal(updateContact(admin, other.id, { userId: engineer.id }))).toMatchObject({ kind: "conflict" });
    expect(await refusal(updateContact(admin, other.id, { userId: "no-such-user" }))).toMatchObject({ kind: "invalid", field: "userId" });
    expect(await planState()).toEqual(before);
  });

  it("writes no record and keeps the version when the values are written back as they stand", async () => {
    const before = await planState();
    const { role, name, phone, email, backupName } = await contactByKey("incident-commander");
    await updateContact(await demoUser("admin"), (await contactByKey("incident-commander")).id, { role, name, phone, email, backupName });
    expect(await planState()).toEqual(before);
  });

  it.each(["viewer", "responder", "commander"] as const)("refuses a %s and changes nothing", async (role) => {
    const before = await planState();
    const contact = await contactByKey("technical-lead");
    expect(await refusal(updateContact(await demoUser(role), contact.id, { phone: "+1 555 0199" }))).toMatchObject({
      kind: "forbidden",
      message: "Only a plan admin can change the plan.",
    });
    expect(await planState()).toEqual(before);
  });

  it("answers an unknown contact with a 404 and changes nothing", async () => {
    const before = await planState();
    expect(await refusal(updateContact(await demoUser("admin"), "no-such-contact", { name: "Nobody" }))).toMatchObject({ kind: "not_found" });
    expect(await planState()).toEqual(before);
  });

  it.each([
    [{ phone: "call me" }, "phone", "phone must be a phone number, such as +44 20 7946 0000"],
    [{ email: "not an address" }, "email", "email must be an e-mail address"],
    [{ name: "   " }, "name", "name must not be empty"],
    [{ role: "Lead\u0000" }, "role", "role must not contain control characters"],
    [{ backupName: "x".repeat(101) }, "backupName", "backupName must be at most 100 characters"],
    [{ isDemoValue: false }, "isDemoValue", "isDemoValue is not a field this request takes"],
  ])("refuses %j naming %s, and changes nothing", async (input, field, message) => {
    const before = await planState();
    const contact = await contactByKey("security-officer");
    expect(await refusal(updateContact(await demoUser("admin"), contact.id, input))).toMatchObject({ kind: "invalid", field, message });
    expect(await planState()).toEqual(before);
  });
});

describe("addContact and removeContact", () => {
  const vendor = { kind: "external", role: "Payments provider", name: "Pat Payne", organisation: "PayCo", phone: "+44 20 7946 0002", email: "pat@payco.example", accountId: "ACME-42" };

  it("adds a contact at the end of its kind's list, real from the start, with one change record; removing it records what it was", async () => {
    const admin = await demoUser("admin");
    const { _max } = await db().contact.aggregate({ where: { kind: "external" }, _max: { position: true } });
    const { version } = await planState();

    const added = await addContact(admin, vendor);

    expect(added).toMatchObject({ ...vendor, key: "payments-provider", isDemoValue: false, position: _max.position! + 1, backupName: null, userId: null });
    const [change] = await listPlanChanges(admin);
    expect(change).toMatchObject({ kind: "contact", itemKey: added.id, label: "Pat Payne", before: {}, after: { kind: "external", name: "Pat Payne", phone: "+44 20 7946 0002" } });
    const [major, minor] = version.split(".").map(Number);
    expect(change.version).toBe(`${major}.${minor + 1}`);

    await removeContact(admin, added.id);

    expect(await db().contact.findUnique({ where: { id: added.id } })).toBeNull();
    const [removal] = await listPlanChanges(admin);
    expect(removal).toMatchObject({ kind: "contact", itemKey: added.id, before: { name: "Pat Payne", accountId: "ACME-42" }, after: {} });
  });

  it("refuses bad input in words, a viewer, a responder and a commander, and changes nothing", async () => {
    const admin = await demoUser("admin");
    const before = await planState();
    expect(await refusal(addContact(admin, { ...vendor, phone: "call me" }))).toMatchObject({ kind: "invalid", field: "phone", message: "phone must be a phone number, such as +44 20 7946 0000" });
    expect(await refusal(addContact(admin, { ...vendor, kind: "friend" }))).toMatchObject({ kind: "invalid", field: "kind", message: "kind must be one of response_team, external, escalation" });
    expect(await refusal(addContact(admin, { ...vendor, userId: "no-such-user" }))).toMatchObject({ kind: "invalid", field: "userId" });
    for (const role of ["viewer", "responder", "commander"] as const) {
      expect(await refusal(addContact(await demoUser(role), vendor))).toMatchObject({ kind: "forbidden" });
      expect(await refusal(removeContact(await demoUser(role), (await contactByKey("aws-support")).id))).toMatchObject({ kind: "forbidden" });
    }
    expect(await planState()).toEqual(before);
  });

  it("refuses to remove a contact an escalation level brings in, or one holding a running incident's role, saying why", async () => {
    const admin = await demoUser("admin");
    const commander = await demoUser("commander");
    const before = await planState();
    expect(await refusal(removeContact(admin, (await contactByKey("incident-commander")).id))).toMatchObject({
      kind: "conflict",
      message: "Casey Commander cannot be removed from the plan: Level 2 brings them in. Take them out of the escalation first.",
    });
    expect(await planState()).toEqual(before);

    const lead = await addContact(admin, { ...vendor, kind: "response_team", role: "Payments lead" });
    const incident = await declareOutage(commander, { title: "Payments failing" });
    await assignRole(commander, incident.id, { contactId: lead.id, role: "communications_lead" });
    expect(await refusal(removeContact(admin, lead.id))).toMatchObject({
      kind: "conflict",
      message: `Pat Payne cannot be removed from the plan: they hold a role in the running incident #${incident.number} "Payments failing".`,
    });
  });
});
