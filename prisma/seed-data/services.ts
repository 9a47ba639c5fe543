// The plan's "Service Priority Matrix" (Recovery Objectives), and the dependencies it names
// without rating them, so the dependency graph is complete and recovery order can be derived.
export type ServiceSeed = {
  key: string;
  name: string;
  description: string | null;
  // Shown on the public status page: what users of the CRYB platform use directly.
  isPublic: boolean;
  // Keys of the services this one needs running first (the matrix's "Dependencies" column).
  dependsOn: string[];
};

export type RatedServiceSeed = ServiceSeed & { priority: number; rtoMinutes: number; rpoMinutes: number };

// In the matrix's order. "API" in its Dependencies column is the Core API.
export const PRIORITY_MATRIX: readonly RatedServiceSeed[] = [
  {
    key: "authentication",
    name: "Authentication",
    description: null,
    priority: 1,
    rtoMinutes: 60,
    rpoMinutes: 15,
    isPublic: true,
    dependsOn: ["database", "redis"],
  },
  {
    key: "core-api",
    name: "Core API",
    description: null,
    priority: 1,
    rtoMinutes: 60,
    rpoMinutes: 15,
    isPublic: true,
    dependsOn: ["database", "redis"],
  },
  {
    key: "database",
    name: "Database",
    description: "PostgreSQL",
    priority: 1,
    rtoMinutes: 60,
    rpoMinutes: 15,
    // Users see its failure through the services above, not as a component of its own.
    isPublic: false,
    dependsOn: ["storage"],
  },
  {
    key: "web-application",
    name: "Web Application",
    description: null,
    priority: 2,
    rtoMinutes: 2 * 60,
    rpoMinutes: 60,
    isPublic: true,
    dependsOn: ["core-api", "cdn"],
  },
  {
    key: "real-time-messaging",
    name: "Real-time Messaging",
    description: null,
    priority: 2,
    rtoMinutes: 2 * 60,
    rpoMinutes: 60,
    isPublic: true,
    dependsOn: ["core-api", "redis"],
  },
  {
    key: "voice-video",
    name: "Voice/Video Services",
    description: null,
    priority: 2,
    rtoMinutes: 4 * 60,
    rpoMinutes: 60,
    isPublic: true,
    dependsOn: ["livekit", "core-api"],
  },
  {
    key: "admin-panel",
    name: "Admin Panel",
    description: null,
    priority: 3,
    rtoMinutes: 8 * 60,
    rpoMinutes: 4 * 60,
    // Staff tooling: a public status page does not list it.
    isPublic: false,
    dependsOn: ["core-api"],
  },
  {
    key: "mobile-api",
    name: "Mobile API",
    description: null,
    priority: 3,
    rtoMinutes: 8 * 60,
    rpoMinutes: 4 * 60,
    isPublic: true,
    dependsOn: ["core-api"],
  },
  {
    key: "analytics",
    name: "Analytics",
    description: null,
    priority: 4,
    rtoMinutes: 24 * 60,
    rpoMinutes: 4 * 60,
    isPublic: false,
    dependsOn: ["database"],
  },
  {
    key: "monitoring",
    name: "Monitoring",
    description: null,
    priority: 4,
    rtoMinutes: 24 * 60,
    rpoMinutes: 4 * 60,
    isPublic: false,
    dependsOn: [],
  },
];

// The plan sets no RTO or RPO for these; their urgency follows from what depends on them.
const UNRATED = "Named as a dependency in the service priority matrix, which sets no RTO or RPO for it.";

export const UNRATED_DEPENDENCIES: readonly ServiceSeed[] = [
  { key: "redis", name: "Redis", description: UNRATED, isPublic: false, dependsOn: [] },
  { key: "storage", name: "Storage", description: UNRATED, isPublic: false, dependsOn: [] },
  { key: "cdn", name: "CDN", description: UNRATED, isPublic: false, dependsOn: [] },
  { key: "livekit", name: "LiveKit", description: UNRATED, isPublic: false, dependsOn: [] },
];
