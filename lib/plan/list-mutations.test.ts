import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listPlanChanges } from "@/lib/plan/changes";
import { listPlanLists, listReviewAgenda, listReviewCadences } from "@/lib/plan/data";
import { addAgendaItem, removeAgendaItem, replacePlanList, updateAgendaItem, updateReviewCadence } from "@/lib/plan/list-mutations";
import { demoUser } from "@/test/users";

async function planState() {
  return {
    agenda: await db().reviewAgendaItem.findMany({ orderBy: { key: "asc" } }),
    cadences: await db().planReviewCadence.findMany({ orderBy: { key: "asc" } }),
    listItems: await db().planListItem.findMany({ orderBy: [{ listKey: "asc" }, { position: "asc" }] }),
    changes: await db().planChange.findMany(),
    version: (await db().planDocument.findUniqueOrThrow({ where: { id: "plan" } })).version,
  };
}

const nextMinor = (version: string) => {
  const [major, minor] = version.split(".").map(Number);
  return `${major}.${minor + 1}`;
};

const agendaTitles = async () => (await listReviewAgenda(await demoUser("viewer"))).map((item) => item.title);

describe("the review agenda", () => {
  it("adds an item at the end, moves it, renames it and removes it, each one plan version with before and after", async () => {
    const admin = await demoUser("admin");
    const { version } = await planState();

    const added = await addAgendaItem(admin, { title: "Customer impact" });
    expect(added.at(-1)).toEqual({ key: "customer-impact", title: "Customer impact", position: 6 });
    const [addition] = await listPlanChanges(admin);
    expect(addition).toMatchObject({ kind: "review-agenda-item", itemKey: "customer-impact", version: nextMinor(version), before: {}, after: { title: "Customer impact", position: 6 } });

    const moved = await updateAgendaItem(admin, "customer-impact", { position: 2 });
    expect(moved.map((item) => item.key)).toEqual(["timeline-review", "customer-impact", "what-went-well", "what-could-be-improved", "action-items", "documentation-updates"]);
    expect(moved.map((item) => item.position)).toEqual([1, 2, 3, 4, 5, 6]);
    const [move] = await listPlanChanges(admin);
    expect(move).toMatchObject({ itemKey: "customer-impact", before: { position: 6 }, after: { position: 2 } });

    await updateAgendaItem(admin, "customer-impact", { title: "Customer and business impact" });
    expect((await agendaTitles())[1]).toBe("Customer and business impact");
    const [rename] = await listPlanChanges(admin);
    expect(rename).toMatchObject({ label: "Customer and business impact", before: { title: "Customer impact" }, after: { title: "Customer and business impact" } });

    const left = await removeAgendaItem(admin, "customer-impact");
    expect(left.map((item) => item.key)).toEqual(["timeline-review", "what-went-well", "what-could-be-improved", "action-items", "documentation-updates"]);
    expect(left.map((item) => item.position)).toEqual([1, 2, 3, 4, 5]);
    const [removal] = await listPlanChanges(admin);
    expect(removal).toMatchObject({ itemKey: "customer-impact", before: { title: "Customer and business impact", position: 2 }, after: {} });
    expect(removal.version).toBe(nextMinor(nextMinor(nextMinor(nextMinor(version)))));
  });

  it("moves an item past the end to the end, and records nothing for a move to where it stands", async () => {
    const admin = await demoUser("admin");
    await updateAgendaItem(admin, "timeline-review", { position: 99 });
    expect((await agendaTitles()).at(-1)).toBe("Timeline review");
    const before = await planState();
    await updateAgendaItem(admin, "timeline-review", { position: 5, title: "Timeline review" });
    expect(await planState()).toEqual(before);
  });

  it.each(["viewer", "responder", "commander"] as const)("refuses a %s every change, and changes nothing", async (role) => {
    const user = await demoUser(role);
    const before = await planState();
    await expect(addAgendaItem(user, { title: "Cake" })).rejects.toMatchObject({ kind: "forbidden", message: "Only a plan admin can change the plan." });
    await expect(updateAgendaItem(user, "what-went-well", { position: 1 })).rejects.toMatchObject({ kind: "forbidden" });
    await expect(removeAgendaItem(user, "what-went-well")).rejects.toMatchObject({ kind: "forbidden" });
    expect(await planState()).toEqual(before);
  });

  it("refuses an empty title, a place of 0 and an unknown item, changing nothing", async () => {
    const admin = await demoUser("admin");
    const before = await planState();
    await expect(addAgendaItem(admin, { title: "  " })).rejects.toMatchObject({ kind: "invalid", field: "title", message: "title must not be empty" });
    await expect(updateAgendaItem(admin, "what-went-well", { position: 0 })).rejects.toMatchObject({
      kind: "invalid",
      field: "position",
      message: "position must be a whole number from 1 to 100",
    });
    await expect(removeAgendaItem(admin, "cake")).rejects.toMatchObject({ kind: "not_found", message: 'No item of the review agenda has the key "cake".' });
    expect(await planState()).toEqual(before);
  });
});

describe("updateReviewCadence", () => {
  it("changes a regular review's interval and items, reads back so, and records it before and after", async () => {
    const admin = await demoUser("admin");
    const { version } = await planState();
    const items = ["Comprehensive plan review", "Review and update RTO/RPO targets", "Check the vendors' contracts"];

    const answer = await updateReviewCadence(admin, "quarterly", { intervalMonths: 4, items });

    expect(answer).toMatchObject({ key: "quarterly", name: "Quarterly Reviews", intervalMonths: 4, items });
    expect((await listReviewCadences(admin)).find((cadence) => cadence.key === "quarterly")).toMatchObject({ intervalMonths: 4, items });
    const [change] = await listPlanChanges(admin);
    expect(change).toMatchObject({
      kind: "review-cadence",
      itemKey: "quarterly",
      label: "Quarterly Reviews",
      version: nextMinor(version),
      before: { intervalMonths: 3, items: ["Comprehensive plan review", "Update based on infrastructure changes", "Review and update RTO/RPO targets", "Conduct major recovery tests"] },
      after: { intervalMonths: 4, items },
    });
  });

  it.each(["viewer", "responder"] as const)("refuses a %s and changes nothing", async (role) => {
    const before = await planState();
    await expect(updateReviewCadence(await demoUser(role), "annual", { intervalMonths: 6 })).rejects.toMatchObject({ kind: "forbidden" });
    expect(await planState()).toEqual(before);
  });

  it("refuses an empty item and an unknown review, changing nothing", async () => {
    const admin = await demoUser("admin");
    const before = await planState();
    await expect(updateReviewCadence(admin, "annual", { items: ["Complete plan overhaul", ""] })).rejects.toMatchObject({
      kind: "invalid",
      field: "items.1",
      message: "items.1 must not be empty",
    });
    await expect(updateReviewCadence(admin, "weekly", { intervalMonths: 1 })).rejects.toMatchObject({ kind: "not_found" });
    expect(await planState()).toEqual(before);
  });
});

describe("replacePlanList", () => {
  it("replaces a list's items in the order given, reads back so, and records it before and after", async () => {
    const admin = await demoUser("admin");
    const { version } = await planState();
    const items = [
      { text: "Quarterly hands-on drills", details: [] },
      { text: "Monthly tabletop exercises", details: ["Rotating facilitator", "One scenario each"] },
    ];

    const answer = await replacePlanList(admin, "ongoing-training", { items });

    expect(answer).toEqual({ key: "ongoing-training", title: "Ongoing Training", section: "Continuous Improvement › Training and Awareness", items });
    expect((await listPlanLists(admin)).find((list) => list.key === "ongoing-training")?.items.map(({ text, details }) => ({ text, details }))).toEqual(items);
    const [change] = await listPlanChanges(admin);
    expect(change).toMatchObject({ kind: "plan-list", itemKey: "ongoing-training", label: "Ongoing Training", version: nextMinor(version), after: { items } });
    expect((change.before as { items: { text: string }[] }).items.map((item) => item.text)).toEqual([
      "Monthly tabletop exercises",
      "Quarterly hands-on drills",
      "Annual comprehensive simulation",
      "External training and certification",
    ]);
  });

  it("records nothing when the items are written back as they stand", async () => {
    const admin = await demoUser("admin");
    const before = await planState();
    const list = (await listPlanLists(admin)).find((candidate) => candidate.key === "appendices")!;
    await replacePlanList(admin, "appendices", { items: list.items.map(({ text, details }) => ({ text, details })) });
    expect(await planState()).toEqual(before);
  });

  it.each(["viewer", "responder"] as const)("refuses a %s and changes nothing", async (role) => {
    const before = await planState();
    await expect(replacePlanList(await demoUser(role), "appendices", { items: [] })).rejects.toMatchObject({ kind: "forbidden" });
    expect(await planState()).toEqual(before);
  });

  it("refuses an item without text, a list that is not a list and an unknown list, changing nothing", async () => {
    const admin = await demoUser("admin");
    const before = await planState();
    await expect(replacePlanList(admin, "appendices", { items: [{ text: "Appendix F" }, { details: ["x"] }] })).rejects.toMatchObject({
      kind: "invalid",
      field: "items.1.text",
      message: "items.1.text is required",
    });
    await expect(replacePlanList(admin, "appendices", { items: "Appendix F" })).rejects.toMatchObject({ kind: "invalid", field: "items", message: "items must be a list" });
    await expect(replacePlanList(admin, "glossary", { items: [] })).rejects.toMatchObject({ kind: "not_found", message: 'No list of the plan has the key "glossary".' });
    expect(await planState()).toEqual(before);
  });
});
