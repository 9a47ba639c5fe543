// The plan's "Test Procedures" (Testing and Validation): each bullet a step to tick during a drill.
// The plan gives these phases no time windows; the drill's duration is its schedule's.
import type { RunbookSeed } from "./runbook-seed";

function steps(titles: string[]) {
  return titles.map((title) => ({ title }));
}

export const TEST_PROCEDURES: readonly RunbookSeed[] = [
  {
    key: "monthly-database-recovery-test",
    title: "Monthly Database Recovery Test",
    kind: "test_procedure",
    phases: [
      {
        key: "preparation",
        name: "Preparation",
        steps: steps(["Schedule maintenance window", "Notify stakeholders", "Prepare test environment"]),
      },
      {
        key: "execution",
        name: "Execution",
        steps: steps([
          "Create point-in-time backup",
          "Simulate database failure",
          "Execute recovery procedures",
          "Verify data integrity",
        ]),
      },
      {
        key: "validation",
        name: "Validation",
        steps: steps(["Compare data consistency", "Verify application functionality", "Document lessons learned"]),
      },
    ],
  },
  {
    key: "quarterly-application-recovery-test",
    title: "Quarterly Application Recovery Test",
    kind: "test_procedure",
    phases: [
      {
        key: "preparation",
        name: "Preparation",
        steps: steps(["Create test environment", "Document current state", "Prepare monitoring"]),
      },
      {
        key: "execution",
        name: "Execution",
        steps: steps(["Simulate application failure", "Execute recovery procedures", "Measure RTO and RPO"]),
      },
      {
        key: "validation",
        name: "Validation",
        steps: steps([
          "Verify all services operational",
          "Test user scenarios",
          "Update procedures based on findings",
        ]),
      },
    ],
  },
];
