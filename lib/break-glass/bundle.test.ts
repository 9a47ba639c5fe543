import vCard from "vcf";
import { describe, expect, it } from "vitest";
import { stampTime } from "@/components/break-glass/plan-stamp-line";
import { staleBundleWords } from "@/lib/break-glass/freshness";
import { makeBreakGlassBundle } from "@/lib/break-glass/mutations";
import { updateContact } from "@/lib/contacts/mutations";
import { db } from "@/lib/db";
import { approvePlan } from "@/lib/plan/approvals/mutations";
import { readPlanModel } from "@/lib/plan/code/model";
import { snapshot as everyRow } from "@/test/tables";
import { demoUser } from "@/test/users";

const STYLES = [{ href: "/_next/static/app.css", text: ".wallet-card{width:85.6mm}" }];
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
/** What a reader sees of an HTML file: its text, tags dropped and entities of the seed's names undone. */
const textOf = (html: string) => html.replace(/<style[\s\S]*?<\/style>/g, "").replace(/<[^>]+>/g, " ").replace(/&#x27;/g, "'").replace(/&amp;/g, "&");

describe("the break-glass bundle", () => {
  it("holds the document, the cards, a checklist per scenario, the vCards and the Markdown, each naming the version and when it was made", async () => {
    const plan = await readPlanModel();
    const { version, madeAt, files } = await makeBreakGlassBundle(await demoUser("admin"), STYLES);
    expect(version).toBe(plan.document.version);
    const names = files.map((file) => file.name);
    expect(names).toEqual(
      expect.arrayContaining(["index.html", "cards.html", "checklists/index.html", "contacts.vcf", "plan.md", ...plan.scenarios.map((scenario) => `checklists/${scenario.key}.html`)]),
    );
    for (const file of files) {
      const text = decode(file.bytes);
      if (file.name.endsWith(".vcf")) {
        expect(text, file.name).toContain(`From plan version ${version}`);
        expect(text, file.name).toContain(`REV:${madeAt.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "")}`);
      } else {
        expect(textOf(text), file.name).toContain(`v${version}`);
        expect(textOf(text), file.name).toContain(stampTime(madeAt));
      }
    }
  });

  it("shows every contact's name and phone on the cards and in the document, and gives each a vCard with its phone", async () => {
    const plan = await readPlanModel();
    const { files } = await makeBreakGlassBundle(await demoUser("admin"), STYLES);
    const file = (name: string) => decode(files.find((entry) => entry.name === name)!.bytes);
    for (const page of ["cards.html", "index.html"]) {
      for (const contact of plan.contacts) {
        expect(textOf(file(page)), `${page}: ${contact.name}`).toContain(contact.name);
        expect(textOf(file(page)), `${page}: ${contact.phone}`).toContain(contact.phone);
      }
    }
    const cards = vCard.parse(file("contacts.vcf"));
    expect(cards.map((card) => card.get("tel").valueOf())).toEqual(plan.contacts.map((contact) => `tel:${contact.phone.replace(/[^\d+]/g, "")}`));
  });

  it("is whole in itself: CSS inside, no script, and no link that leaves the bundle", async () => {
    const { files } = await makeBreakGlassBundle(await demoUser("admin"), STYLES);
    for (const file of files.filter((entry) => entry.name.endsWith(".html"))) {
      const html = decode(file.bytes);
      expect(html, file.name).toContain("<style>.wallet-card{width:85.6mm}</style>");
      expect(html, file.name).not.toMatch(/<script|<link /);
      const links = [...html.matchAll(/(?:href|src)="([^"]*)"/g)].map((match) => match[1]);
      for (const link of links) expect(link, `${file.name} → ${link}`).toMatch(/^(tel:|mailto:|#|(\.\.\/)?[\w-]+(\/[\w-]+)?\.(html|vcf|md)$)/);
    }
    const index = decode(files.find((entry) => entry.name === "checklists/index.html")!.bytes);
    expect(index).toContain('href="../cards.html"');
  });

  it("carries the approval and the distribution list", async () => {
    const admin = await demoUser("admin");
    const approval = await approvePlan(admin, { note: "Board meeting" });
    const { files } = await makeBreakGlassBundle(admin, STYLES);
    const index = textOf(decode(files.find((entry) => entry.name === "index.html")!.bytes));
    expect(index).toContain(`Approved: v${approval.version} by ${admin.name}`);
    expect(index).toContain("Board meeting");
    const { distribution } = await db().planDocument.findUniqueOrThrow({ where: { id: "plan" } });
    expect(distribution.length).toBeGreaterThan(0);
    for (const name of distribution) expect(index).toContain(name);
    expect(decode(files.find((entry) => entry.name === "plan.md")!.bytes)).toMatch(new RegExp(`^> Break-glass copy of plan version ${approval.version.replace(".", "\\.")}, made .*Approved: v`));
  });

  it("records the version it holds, so admins are told once the plan moves on", async () => {
    const admin = await demoUser("admin");
    const { version, madeAt } = await makeBreakGlassBundle(admin, STYLES);
    const after = await db().planDocument.findUniqueOrThrow({ where: { id: "plan" } });
    expect(after).toMatchObject({ bundleVersion: version, bundleMadeAt: madeAt });
    expect(staleBundleWords(after)).toBeNull();
    expect(await db().auditEvent.count({ where: { action: "plan-bundle.made", actorId: admin.id } })).toBeGreaterThan(0);
    const commander = await db().contact.findFirstOrThrow({ where: { key: "incident-commander" } });
    await updateContact(admin, commander.id, { phone: "+1-555-0177" });
    const moved = await db().planDocument.findUniqueOrThrow({ where: { id: "plan" } });
    expect(staleBundleWords(moved)).toBe(`The break-glass bundle is from v${version}; the plan is now v${moved.version} — make a new one.`);
  });

  it.each(["viewer", "responder", "commander"] as const)("refuses a %s and writes nothing", async (role) => {
    const before = await everyRow();
    await expect(makeBreakGlassBundle(await demoUser(role), STYLES)).rejects.toMatchObject({ kind: "forbidden" });
    expect(await everyRow()).toEqual(before);
  });
});
