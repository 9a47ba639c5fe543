// The plan's "Emergency Contacts": the primary response team, the external contacts, and the
// people its escalation matrix names who are in neither table. The plan leaves names, phones and
// account ids as placeholders ([Name], +1-xxx-xxx-xxxx, [Account ID]); these stand-ins are
// fictional (phones in the 555-01xx range reserved for fiction, mail at example.com) and marked
// isDemoValue until an admin enters the real ones.
import type { Prisma } from "@/lib/generated/prisma/client";

type ContactSeed = Omit<Prisma.ContactCreateManyInput, "position" | "userId" | "isDemoValue">;

const RESPONSE_TEAM: readonly ContactSeed[] = [
  {
    key: "incident-commander",
    kind: "response_team",
    role: "Incident Commander",
    name: "Casey Commander",
    phone: "+1-555-0101",
    email: "incident.commander@example.com",
    backupName: "Jordan Deputy",
  },
  {
    key: "technical-lead",
    kind: "response_team",
    role: "Technical Lead",
    name: "Riley Responder",
    phone: "+1-555-0102",
    email: "technical.lead@example.com",
    backupName: "Harper Deputy",
  },
  {
    key: "database-administrator",
    kind: "response_team",
    role: "Database Administrator",
    name: "Dana Database",
    phone: "+1-555-0103",
    email: "database.administrator@example.com",
    backupName: "Emery Deputy",
  },
  {
    key: "security-officer",
    kind: "response_team",
    role: "Security Officer",
    name: "Sage Security",
    phone: "+1-555-0104",
    email: "security.officer@example.com",
    backupName: "Rowan Deputy",
  },
  {
    key: "communications-lead",
    kind: "response_team",
    role: "Communications Lead",
    name: "Cameron Comms",
    phone: "+1-555-0105",
    email: "communications.lead@example.com",
    backupName: "Skyler Deputy",
  },
];

// Service, Contact (as organisation) and Email as the plan gives them.
const EXTERNAL_CONTACTS: readonly ContactSeed[] = [
  {
    key: "aws-support",
    kind: "external",
    role: "AWS Support",
    name: "AWS Enterprise Support",
    organisation: "Enterprise",
    phone: "+1-555-0111",
    email: "aws-support@cryb.ai",
    accountId: "DEMO-AWS-0001",
  },
  {
    key: "cloudflare",
    kind: "external",
    role: "CloudFlare",
    name: "CloudFlare Enterprise Support",
    organisation: "Enterprise",
    phone: "+1-555-0112",
    email: "cf-support@cryb.ai",
    accountId: "DEMO-CF-0001",
  },
  {
    key: "database-vendor",
    kind: "external",
    role: "Database Vendor",
    name: "PostgreSQL Pro Support",
    organisation: "PostgreSQL Pro",
    phone: "+1-555-0113",
    email: "db-support@cryb.ai",
    accountId: "DEMO-PGPRO-0001",
  },
  {
    key: "monitoring-vendor",
    kind: "external",
    role: "Monitoring Vendor",
    name: "DataDog Support",
    organisation: "DataDog",
    phone: "+1-555-0114",
    email: "monitoring@cryb.ai",
    accountId: "DEMO-DD-0001",
  },
];

// "Escalation Matrix": the people it brings in beyond the two tables above.
const ESCALATION_CONTACTS: readonly ContactSeed[] = [
  {
    key: "on-call-engineer",
    kind: "escalation",
    role: "On-call engineer",
    name: "Primary on-call rotation",
    phone: "+1-555-0121",
    email: "on-call@example.com",
  },
  {
    key: "cto",
    kind: "escalation",
    role: "CTO",
    name: "Terry Tech",
    phone: "+1-555-0122",
    email: "cto@example.com",
  },
  {
    key: "ceo",
    kind: "escalation",
    role: "CEO",
    name: "Eden Executive",
    phone: "+1-555-0123",
    email: "ceo@example.com",
  },
  {
    key: "senior-engineers",
    kind: "escalation",
    role: "All senior engineers",
    name: "Senior engineering group",
    phone: "+1-555-0124",
    email: "senior-engineers@example.com",
  },
  {
    key: "legal-team",
    kind: "escalation",
    role: "Legal team",
    name: "Legal team",
    phone: "+1-555-0125",
    email: "legal@example.com",
  },
];

// Every contact carries at least one stand-in value, so all are marked as demo values.
export const CONTACTS: readonly ContactSeed[] = [...RESPONSE_TEAM, ...EXTERNAL_CONTACTS, ...ESCALATION_CONTACTS];
