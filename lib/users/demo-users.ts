// One demo user per role. They exist only with the embedded database (a local trial); against a
// real DATABASE_URL no demo password is ever created. Listed in the README.
import type { UserRole } from "@/lib/generated/prisma/enums";

export type DemoUser = {
  email: string;
  name: string;
  role: UserRole;
  password: string;
  /** The plan contact this person stands for, so notifications reach them in the app. */
  contactKey?: string;
};

export const DEMO_USERS: readonly DemoUser[] = [
  { email: "admin@muster.local", name: "Avery Admin", role: "admin", password: "muster-admin" },
  {
    email: "commander@muster.local",
    name: "Casey Commander",
    role: "commander",
    password: "muster-commander",
    contactKey: "incident-commander",
  },
  {
    email: "responder@muster.local",
    name: "Riley Responder",
    role: "responder",
    password: "muster-responder",
    contactKey: "technical-lead",
  },
  { email: "viewer@muster.local", name: "Morgan Management", role: "viewer", password: "muster-viewer" },
];
