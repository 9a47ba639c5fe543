import vCard from "vcf";
import { describe, expect, it } from "vitest";
import { contactsVcard, vcardText, type VcardContact } from "@/lib/contacts/vcard";
import { readPlanModel } from "@/lib/plan/code/model";

const STAMP = { version: "1.4", madeAt: new Date("2026-12-04T21:30:00Z") };

const vendor: VcardContact = {
  key: "cloud-vendor",
  kind: "external",
  role: "Cloud hosting; primary region",
  name: "Ada Lovelace-Byron",
  organisation: "Clouds, Inc.",
  phone: "+44 (20) 7946-0001",
  email: "ada@example.com",
  backupName: "Charles Babbage",
  accountId: "ACC;42,7\\x",
  isDemoValue: false,
};

describe("the contacts as a vCard file", () => {
  it("holds one card per contact of the plan, each with its name and phone, that the vcf package reads", async () => {
    const plan = await readPlanModel();
    const file = contactsVcard(plan.contacts, STAMP);
    const cards = vCard.parse(file);
    expect(cards).toHaveLength(plan.contacts.length);
    expect(plan.contacts.length).toBeGreaterThan(5);
    cards.forEach((card, index) => {
      const contact = plan.contacts[index];
      expect(card.version).toBe("4.0");
      expect(card.get("fn").valueOf()).toBe(vcardText(contact.name));
      expect(card.get("tel").valueOf()).toBe(`tel:${contact.phone.replace(/[^\d+]/g, "")}`);
      expect(card.get("email").valueOf()).toBe(contact.email);
      expect(String(card.get("note").valueOf())).toContain("From plan version 1.4");
    });
  });

  it("ends every line with CRLF and escapes commas, semicolons and backslashes in text", () => {
    const file = contactsVcard([vendor], STAMP);
    expect(file.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    expect(file.endsWith("END:VCARD\r\n")).toBe(true);
    const [card] = vCard.parse(file);
    expect(card.get("org").valueOf()).toBe("Clouds\\, Inc.");
    expect(card.get("title").valueOf()).toBe("Cloud hosting\\; primary region");
    expect(card.get("tel").valueOf()).toBe("tel:+442079460001");
    expect(card.get("tel").type).toEqual(["work", "voice"]);
    expect(card.get("note").valueOf()).toContain("Backup: Charles Babbage\\nAccount ID: ACC\\;42\\,7\\\\x");
    expect(card.get("rev").valueOf()).toBe("20261204T213000Z");
  });

  it("folds a line longer than 75 octets without splitting a character", () => {
    const long = { ...vendor, role: "Ingénieur d’astreinte ".repeat(8).trim() };
    const lines = contactsVcard([long], STAMP).split("\r\n");
    for (const line of lines) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(lines.some((line) => line.startsWith(" "))).toBe(true);
    expect(vCard.parse(contactsVcard([long], STAMP))[0].get("title").valueOf()).toBe(long.role);
  });

  it("marks a demo value in the card's note", () => {
    const [card] = vCard.parse(contactsVcard([{ ...vendor, isDemoValue: true }], STAMP));
    expect(card.get("note").valueOf()).toContain("Demo value");
  });
});
