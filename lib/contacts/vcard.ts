// The plan's contacts as a vCard 4.0 file (RFC 6350) to import into a phone's contacts: one card
// per contact, lines ending CRLF, text values escaped and long lines folded as the RFC says, so a
// name with a comma or a vendor's account id with a semicolon reads back as written.
import { telHref } from "@/lib/format";
import type { ContactModel } from "@/lib/plan/code/model";

export type VcardStamp = { version: string; madeAt: Date };
/** A contact as the plan holds it; the Muster user behind it stays out of the card. */
export type VcardContact = Omit<ContactModel, "user">;

/** A text value escaped per RFC 6350 §3.4: backslash, comma, semicolon and line breaks. */
export function vcardText(value: string): string {
  return value.replace(/\\/g, "\\\\").replace(/,/g, "\\,").replace(/;/g, "\\;").replace(/\r?\n/g, "\\n");
}

/** Folds a content line at 75 octets, never inside a UTF-8 character (RFC 6350 §3.2). */
function fold(line: string): string {
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char);
    // Continuation lines start with a space, which counts towards their 75.
    if (octets + size > (parts.length ? 74 : 75)) {
      parts.push(current);
      current = "";
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

function timestamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}

function card(contact: VcardContact, stamp: VcardStamp): string[] {
  const note = [
    contact.backupName && `Backup: ${contact.backupName}`,
    contact.accountId && `Account ID: ${contact.accountId}`,
    contact.isDemoValue && "Demo value: the plan's placeholder, not a real contact",
    `From plan version ${stamp.version}`,
  ].filter(Boolean);
  const [given, ...rest] = contact.name.trim().split(/\s+/);
  const family = rest.join(" ");
  return [
    "BEGIN:VCARD",
    "VERSION:4.0",
    `UID:urn:muster:contact:${vcardText(contact.key)}`,
    `FN:${vcardText(contact.name)}`,
    `N:${vcardText(family)};${vcardText(given ?? "")};;;`,
    ...(contact.organisation ? [`ORG:${vcardText(contact.organisation)}`] : []),
    `TITLE:${vcardText(contact.role)}`,
    `TEL;VALUE=uri;TYPE="work,voice":${telHref(contact.phone)}`,
    `EMAIL;TYPE=work:${vcardText(contact.email)}`,
    `NOTE:${vcardText(note.join("\n"))}`,
    `REV:${timestamp(stamp.madeAt)}`,
    "END:VCARD",
  ];
}

/** Every contact as one .vcf file. */
export function contactsVcard(contacts: readonly VcardContact[], stamp: VcardStamp): string {
  return contacts.flatMap((contact) => card(contact, stamp).map((line) => `${fold(line)}\r\n`)).join("");
}
