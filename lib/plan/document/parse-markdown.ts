// Reads a disaster-recovery plan written in the structure of the original (and of Muster's own
// Markdown, lib/plan/document/markdown.ts) into the plan model: its headings, tables and lists,
// and the hidden attributes Muster writes at the end of an item's line. Where an attribute is
// missing (a plan written by hand) the value is derived from the words: a key from the name, a
// period from "Hourly", a contact from the role an escalation level names. Whatever it cannot
// place is listed with its line, never silently dropped.
import type {
  BackupPolicyModel,
  ContactModel,
  DataRecoveryPointModel,
  DrillModel,
  EscalationLevelModel,
  PlanListModel,
  PlanModel,
  RecoveryTierModel,
  ReviewAgendaItemModel,
  ReviewCadenceModel,
  RunbookModel,
  RunbookPhaseModel,
  RunbookStepModel,
  ScenarioModel,
  ServiceModel,
  SuccessCriterionModel,
  VerificationCheckModel,
  CommunicationTemplateModel,
  RecoveryScriptModel,
} from "@/lib/plan/code/model";
import type { Audience, ContactKind, RunbookKind, Severity } from "@/lib/generated/prisma/enums";
import { type Attributes, type Block, plainText, readBlocks } from "@/lib/plan/document/blocks";
import { parseDuration, parseRange } from "@/lib/plan/document/durations";

export type ImportReport = {
  /** How many items of each part of the plan the document gave. */
  recognised: Record<string, number>;
  /** What stands in the document but has no place in the plan, by line. */
  unplaced: { line: number; text: string }[];
  /** Values the document does not state, and what was taken instead. */
  assumed: { line: number; text: string }[];
};

export type ParsedPlan = { plan: PlanModel; report: ImportReport };

type Item = { block: Extract<Block, { type: "item" }>; children: Block[] };

export function slug(text: string): string {
  return text
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

const stringOf = (attributes: Attributes | null, name: string) => (typeof attributes?.[name] === "string" ? (attributes[name] as string) : undefined);
const numberOf = (attributes: Attributes | null, name: string) => (typeof attributes?.[name] === "number" ? (attributes[name] as number) : undefined);
const stringsOf = (attributes: Attributes | null, name: string) =>
  Array.isArray(attributes?.[name]) && (attributes[name] as unknown[]).every((value) => typeof value === "string") ? (attributes[name] as string[]) : undefined;

/** "Quarterly" → 3; null for words that are no period. */
const MONTHS_BY_WORD: [RegExp, number][] = [
  [/semi-?annual/i, 6],
  [/annual|yearly/i, 12],
  [/quarter/i, 3],
  [/month/i, 1],
];
const DAYS_BY_WORD: [RegExp, number][] = [
  [/daily|day/i, 1],
  [/week/i, 7],
  [/month/i, 30],
  [/quarter/i, 91],
  [/semi-?annual/i, 182],
  [/annual|year/i, 365],
];
const MINUTES_BY_WORD: [RegExp, number][] = [
  [/hourly/i, 60],
  [/daily/i, 24 * 60],
  [/weekly/i, 7 * 24 * 60],
];
// Muster's status-update cadence per tier where a document names none (the plan gives none).
const STATUS_UPDATE_MINUTES: Record<Severity, number> = { critical: 30, major: 60, minor: 120 };

function byWord(table: [RegExp, number][], text: string): number | null {
  return table.find(([pattern]) => pattern.test(text))?.[1] ?? null;
}

function isPlaceholder(value: string): boolean {
  return /^\[.*\]$/.test(value.trim()) || /x{3}/i.test(value);
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** Items at the outer indent with the deeper blocks that belong to each (bullets, a script). */
function outline(blocks: Block[]): { items: Item[]; rest: Block[] } {
  const items: Item[] = [];
  const rest: Block[] = [];
  for (const block of blocks) {
    const parent = items.at(-1);
    const indent = block.type === "item" || block.type === "code" ? block.indent : 0;
    if (parent && indent > parent.block.indent && (block.type === "item" || block.type === "code")) parent.children.push(block);
    else if (block.type === "item") items.push({ block, children: [] });
    else rest.push(block);
  }
  return { items, rest };
}

/** "**Name**: value" → name and value; null when the text is no such field. */
function fieldOf(text: string): { name: string; value: string } | null {
  const match = /^\*\*(.+?):?\*\*:?\s*(.*)$/.exec(text.trim());
  return match ? { name: plainText(match[1]).replace(/:$/, ""), value: plainText(match[2]) } : null;
}

/** "**Label:**" on a line of its own. */
function labelOf(text: string): string | null {
  const match = /^\*\*(.+?):\*\*$/.exec(text.trim()) ?? /^\*\*(.+?)\*\*:$/.exec(text.trim());
  return match ? plainText(match[1]) : null;
}

type Section = { heading: Extract<Block, { type: "heading" }>; blocks: Block[] };

/** The blocks under each heading of `level`, and those before the first. */
function sections(blocks: Block[], level: number): { before: Block[]; sections: Section[] } {
  const before: Block[] = [];
  const found: Section[] = [];
  for (const block of blocks) {
    if (block.type === "heading" && block.level <= level) {
      if (block.level === level) found.push({ heading: block, blocks: [] });
      else before.push(block);
    } else (found.at(-1)?.blocks ?? before).push(block);
  }
  return { before, sections: found };
}

function withoutParentheses(text: string): string {
  return text.replace(/\s*\(.*\)\s*$/, "").trim();
}

export function parsePlanMarkdown(markdown: string, now = new Date()): ParsedPlan {
  const blocks = readBlocks(markdown);
  const placed = new Set<Block>();
  const assumed: ImportReport["assumed"] = [];
  const place = (...list: Block[]) => list.forEach((block) => placed.add(block));
  const assume = (block: Block, text: string) => assumed.push({ line: block.line, text });

  const plan: PlanModel = {
    document: {
      title: "",
      version: "1.0",
      owner: "",
      reviewFrequency: "",
      reviewIntervalMonths: 3,
      approvedBy: null,
      distribution: [],
      lastUpdatedAt: now,
      lastReviewedAt: null,
      nextReviewAt: now,
    },
    recoveryTiers: [],
    dataRecoveryPoints: [],
    services: [],
    scenarios: [],
    runbooks: [],
    recoveryScripts: [],
    contacts: [],
    escalationLevels: [],
    backupPolicies: [],
    verificationSchedule: [],
    drillSchedule: [],
    successCriteria: [],
    reviewAgenda: [],
    reviewCadences: [],
    planLists: [],
    communicationTemplates: [],
    reportingObligations: [],
  };
  // Runbooks by kind, so each kind keeps Muster's order (procedures, post-recovery, tests).
  const runbooks: Record<RunbookKind, RunbookModel[]> = { incident_process: [], recovery: [], post_recovery: [], test_procedure: [] };
  // Names of services as the matrix writes them, resolved once every service is known.
  const dependencyNames = new Map<ServiceModel, { names: string[]; block: Block }>();
  const levelAudiences: { level: EscalationLevelModel; block: Block }[] = [];
  const drillProcedures: { drill: DrillModel; block: Block }[] = [];

  // A placeholder ("[Phone]", "+1-xxx-xxx-xxxx") stands in for details still to be entered: a
  // fictional value takes its place (phones in the 555-01xx range kept for fiction, mail at
  // example.com), and the contact is marked a demo value until an admin enters the real one.
  let demoPhones = 0;
  const demoPhone = () => `+1-555-01${String(++demoPhones).padStart(2, "0")}`;
  function standIn(block: Block, value: string, what: string, fictional: () => string): string {
    if (value && !isPlaceholder(value)) return value;
    const stand = fictional();
    assume(block, `${what} is a placeholder: ${stand} stands in (a demo value)`);
    return stand;
  }

  function documentField(block: Block, name: string, value: string, attributes: Attributes | null) {
    const key = slug(name);
    if (key === "version") plan.document.version = value;
    else if (key === "owner") plan.document.owner = value;
    else if (key === "review-frequency") {
      plan.document.reviewFrequency = value;
      const months = numberOf(attributes, "months") ?? byWord(MONTHS_BY_WORD, value);
      if (months === null) assume(block, `review interval of 3 months for "${value}"`);
      plan.document.reviewIntervalMonths = months ?? 3;
    } else if (key === "approval") plan.document.approvedBy = isPlaceholder(value) || value.includes("[") ? null : value;
    else if (key === "distribution") plan.document.distribution = value.split(/,\s*/).filter(Boolean);
    // Muster keeps the plan's dates itself; a document's own are read and left.
    else if (key === "last-updated" || key === "next-review") return true;
    else return false;
    return true;
  }

  function readDocumentFields(list: Block[]) {
    for (const block of list) {
      if (block.type !== "item") continue;
      const field = fieldOf(block.text);
      if (field && documentField(block, field.name, field.value, block.attributes)) place(block);
    }
  }

  function steps(items: Item[]): RunbookStepModel[] {
    return items.map(({ block, children }) => {
      place(block);
      const inline = /^(.*?):\s*`([^`]+)`\s*$/.exec(block.text);
      const code = children.find((child) => child.type === "code");
      if (code) place(code);
      const details = children.filter((child): child is Extract<Block, { type: "item" }> => child.type === "item");
      place(...details);
      return {
        title: plainText(inline ? inline[1] : block.text),
        details: details.map((detail) => plainText(detail.text)),
        command: code && code.type === "code" ? code.body : inline ? inline[2] : null,
        service: stringOf(block.attributes, "service") ?? null,
      };
    });
  }

  function phase(block: Block, title: string, attributes: Attributes | null, phaseSteps: RunbookStepModel[]): RunbookPhaseModel {
    const window = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(title);
    const name = window ? window[1] : title;
    const range = window ? parseRange(window[2].replace(/\s*after recovery\s*/i, "")) : null;
    if (window && !range) assume(block, `no time window read from "${window[2]}"`);
    const afterRecovery = (window && /after recovery/i.test(window[2])) || stringOf(attributes, "anchor") === "recovery";
    return {
      key: stringOf(attributes, "key") ?? (slug(name.replace(/\b(actions|steps)\b/gi, "")) || slug(name)),
      name,
      windowStartMinutes: range?.start ?? null,
      windowEndMinutes: range?.end ?? null,
      windowAnchor: afterRecovery ? "recovery" : "detection",
      steps: phaseSteps,
    };
  }

  const listOrder = new Map<PlanListModel, number>();
  function list(key: string, title: string, section: string, items: Item[], attributes: Attributes | null = null): PlanListModel {
    const model: PlanListModel = {
      key,
      title,
      section,
      items: items.map(({ block, children }) => {
        place(block, ...children);
        return { text: plainText(block.text), details: children.flatMap((child) => (child.type === "item" ? [plainText(child.text)] : [])) };
      }),
    };
    const position = numberOf(attributes, "order");
    if (position !== undefined) listOrder.set(model, position);
    return model;
  }

  // ── the parts, by the heading they stand under ──

  function overview(section: Section) {
    for (const sub of sections(section.blocks, 3).sections) {
      if (slug(sub.heading.text) === "document-information") {
        place(sub.heading);
        readDocumentFields(sub.blocks);
      }
    }
  }

  function scenarios(section: Section) {
    for (const sub of sections(section.blocks, 3).sections) {
      const heading = /^(\w+)\s+scenarios\s*\((.*)\)$/i.exec(plainText(sub.heading.text));
      const severity = heading?.[1].toLowerCase();
      if (!heading || (severity !== "critical" && severity !== "major" && severity !== "minor")) continue;
      const rto = parseRange(/RTO:\s*([^,]+)/i.exec(heading[2])?.[1] ?? "");
      const rpo = parseDuration(/RPO:\s*([^,]+)/i.exec(heading[2])?.[1] ?? "");
      if (!rto || rto.end === null || rpo === null) continue;
      place(sub.heading);
      const attributes = sub.heading.attributes;
      const statusUpdate = numberOf(attributes, "statusUpdateMinutes");
      if (statusUpdate === undefined) assume(sub.heading, `status updates every ${STATUS_UPDATE_MINUTES[severity]} minutes for ${severity} incidents (Muster's default)`);
      const tier: RecoveryTierModel = {
        severity,
        name: stringOf(attributes, "name") ?? heading[1][0].toUpperCase() + heading[1].slice(1).toLowerCase(),
        rtoMinMinutes: rto.start,
        rtoMaxMinutes: rto.end,
        rpoMinutes: rpo,
        statusUpdateIntervalMinutes: statusUpdate ?? STATUS_UPDATE_MINUTES[severity],
      };
      plan.recoveryTiers.push(tier);
      for (const { block, children } of outline(sub.blocks).items) {
        place(block, ...children);
        const name = plainText(block.text);
        const scenario: ScenarioModel = {
          key: stringOf(block.attributes, "key") ?? slug(name),
          name,
          tier: severity,
          examples: children.flatMap((child) => (child.type === "item" ? [plainText(child.text)] : [])),
          runbooks: stringsOf(block.attributes, "runbooks") ?? [],
        };
        plan.scenarios.push(scenario);
      }
    }
  }

  function services(rows: Extract<Block, { type: "table" }>, rated: boolean) {
    const column = (name: string) => rows.header.findIndex((cell) => same(cell, name));
    const [priority, service, rto, rpo, dependencies, isPublic, description] = ["Priority", "Service", "RTO", "RPO", "Dependencies", "Public", "Description"].map(column);
    if (service < 0) return;
    place(rows);
    if (isPublic < 0) assume(rows, `no "Public" column: none of these ${rows.rows.length} services is shown on the public status page`);
    for (const row of rows.rows) {
      const cell = (index: number) => (index < 0 ? "" : plainText(row.cells[index] ?? ""));
      const name = cell(service);
      const model: ServiceModel = {
        key: stringOf(row.attributes, "key") ?? slug(name),
        name,
        description: stringOf(row.attributes, "description") ?? (description >= 0 && cell(description) !== "-" ? cell(description) : null),
        priority: rated && /^\d+$/.test(cell(priority)) ? Number(cell(priority)) : null,
        rtoMinutes: rated ? parseDuration(cell(rto)) : null,
        rpoMinutes: rated ? parseDuration(cell(rpo)) : null,
        inPriorityMatrix: rated,
        isPublic: same(cell(isPublic), "yes"),
        dependsOn: [],
      };
      plan.services.push(model);
      const names = cell(dependencies)
        .split(/,\s*/)
        .filter((dependency) => dependency && dependency !== "-");
      dependencyNames.set(model, { names, block: row as unknown as Block });
    }
  }

  function objectives(section: Section) {
    for (const sub of sections(section.blocks, 3).sections) {
      const name = slug(withoutParentheses(sub.heading.text));
      if (name === "recovery-time-objective") {
        // The tiers' RTO, stated again: read with the scenario headings.
        place(sub.heading, ...sub.blocks.filter((block) => block.type === "item" && fieldOf(block.text)));
      } else if (name === "recovery-point-objective") {
        place(sub.heading);
        for (const block of sub.blocks) {
          const field = block.type === "item" ? fieldOf(block.text) : null;
          const minutes = field && parseDuration(field.value);
          if (!field || minutes === null || block.type !== "item") continue;
          place(block);
          const point: DataRecoveryPointModel = { key: stringOf(block.attributes, "key") ?? slug(field.name), name: field.name, rpoMinutes: minutes };
          plan.dataRecoveryPoints.push(point);
        }
      } else if (name === "service-priority-matrix" || name === "supporting-services") {
        place(sub.heading);
        for (const block of sub.blocks) if (block.type === "table") services(block, name === "service-priority-matrix");
      }
    }
  }

  function contacts(section: Section) {
    const kinds: Record<string, ContactKind> = { "primary-response-team": "response_team", "external-contacts": "external", "escalation-contacts": "escalation" };
    for (const sub of sections(section.blocks, 3).sections) {
      const name = slug(sub.heading.text);
      const kind = kinds[name];
      if (kind) {
        const table = sub.blocks.find((block): block is Extract<Block, { type: "table" }> => block.type === "table");
        if (!table) continue;
        place(sub.heading, table);
        const column = (label: string) => table.header.findIndex((cell) => same(cell, label));
        for (const row of table.rows) {
          const cell = (label: string) => {
            const index = column(label);
            const value = index < 0 ? "" : plainText(row.cells[index] ?? "");
            return value === "-" ? "" : value;
          };
          const role = kind === "external" ? cell("Service") : cell("Role");
          const organisation = kind === "external" ? cell("Contact") || null : null;
          const values = [cell("Name"), cell("Phone"), cell("Email"), cell("Account ID"), cell("Backup")];
          const key = stringOf(row.attributes, "key") ?? slug(role);
          const contact: ContactModel = {
            key,
            kind,
            role,
            name: cell("Name") || organisation || role,
            organisation,
            phone: standIn(row as unknown as Block, cell("Phone"), `${role}'s phone`, demoPhone),
            email: standIn(row as unknown as Block, cell("Email"), `${role}'s e-mail`, () => `${key}@example.com`),
            backupName: cell("Backup") || null,
            accountId: cell("Account ID") || null,
            isDemoValue: row.attributes ? row.attributes.demo === true : values.some(isPlaceholder),
            user: stringOf(row.attributes, "user") ?? null,
          };
          plan.contacts.push(contact);
        }
      } else if (name === "escalation-matrix") {
        place(sub.heading);
        for (const { block } of outline(sub.blocks).items) {
          const match = /^\*\*(.+?)\*\*\s*\(([^)]*)\):\s*(.*)$/.exec(block.text);
          const range = match && parseRange(match[2]);
          if (!match || !range) continue;
          place(block);
          const level: EscalationLevelModel = {
            key: stringOf(block.attributes, "key") ?? slug(plainText(match[1])),
            name: plainText(match[1]),
            afterMinutes: range.start,
            untilMinutes: range.end,
            audience: plainText(match[3]),
            targets: stringsOf(block.attributes, "contacts") ?? [],
          };
          plan.escalationLevels.push(level);
          if (!stringsOf(block.attributes, "contacts")) levelAudiences.push({ level, block });
        }
      }
    }
  }

  function backups(section: Section) {
    for (const sub of sections(section.blocks, 3).sections) {
      const name = slug(sub.heading.text);
      if (name === "backup-types") {
        place(sub.heading);
        for (const { block, children } of outline(sub.blocks).items) {
          const fields = new Map<string, string>();
          for (const child of children) {
            const field = child.type === "item" ? fieldOf(child.text) : null;
            if (field) {
              fields.set(slug(field.name), field.value);
              place(child);
            }
          }
          if (!fields.has("frequency")) continue;
          place(block);
          const frequency = fields.get("frequency") ?? "";
          const every = /every\s+(\d+\s*\w+)/i.exec(frequency);
          const derived = every ? parseDuration(every[1]) : byWord(MINUTES_BY_WORD, frequency);
          const policy: BackupPolicyModel = {
            key: stringOf(block.attributes, "key") ?? slug(plainText(block.text).replace(/\bbackups?\b/i, "")),
            name: plainText(block.text),
            frequency,
            frequencyMinutes: block.attributes ? (numberOf(block.attributes, "everyMinutes") ?? null) : derived,
            fullBackup: fields.get("full-backup") ?? null,
            retention: fields.get("retention") ?? "",
            location: fields.get("location") ?? "",
          };
          plan.backupPolicies.push(policy);
        }
      } else if (name === "backup-verification") {
        place(sub.heading);
        for (const block of sub.blocks) {
          const field = block.type === "item" ? fieldOf(block.text) : null;
          if (!field || block.type !== "item") continue;
          const days = numberOf(block.attributes, "intervalDays") ?? byWord(DAYS_BY_WORD, field.name);
          if (days === null) continue;
          place(block);
          const check: VerificationCheckModel = {
            key: stringOf(block.attributes, "key") ?? slug(`${field.name} ${field.value}`),
            cadence: field.name,
            intervalDays: days,
            activity: field.value,
          };
          plan.verificationSchedule.push(check);
        }
      }
    }
  }

  /** A recovery procedure: scenario, detection, and phases of numbered steps. */
  function procedure(sub: Section) {
    const attributes = sub.heading.attributes;
    const title = plainText(sub.heading.text);
    const runbook: RunbookModel = {
      key: stringOf(attributes, "key") ?? slug(title),
      title,
      kind: stringOf(attributes, "kind") === "incident_process" ? "incident_process" : "recovery",
      situation: null,
      detection: [],
      phases: [],
    };
    let label: { block: Block; text: string; attributes: Attributes | null } | null = null;
    let pending: Block[] = [];
    const flush = () => {
      if (!label) return;
      const { items } = outline(pending);
      if (slug(label.text) === "detection") runbook.detection.push(...items.map(({ block }) => (place(block), plainText(block.text))));
      else runbook.phases.push(phase(label.block, label.text, label.attributes, steps(items)));
      place(label.block);
      pending = [];
    };
    for (const block of sub.blocks) {
      const scenario = block.type === "heading" ? /^scenario:\s*(.*)$/i.exec(plainText(block.text)) : null;
      const text = block.type === "paragraph" ? labelOf(block.text) : null;
      if (scenario) {
        flush();
        label = null;
        runbook.situation = scenario[1];
        place(block);
      } else if (text && block.type === "paragraph") {
        flush();
        label = { block, text, attributes: block.attributes };
      } else if (label) pending.push(block);
    }
    flush();
    if (runbook.phases.length) {
      place(sub.heading);
      runbooks[runbook.kind].push(runbook);
    }
  }

  function scripts(section: Section) {
    for (const sub of sections(section.blocks, 3).sections) {
      const category = /^(core|utility)\b/i.exec(sub.heading.text)?.[1].toLowerCase();
      if (category !== "core" && category !== "utility") continue;
      place(sub.heading);
      for (const { block, children } of outline(sub.blocks).items) {
        const path = /`([^`]+)`/.exec(block.text)?.[1];
        if (!path) continue;
        place(block, ...children);
        const script: RecoveryScriptModel = { path, category, purposes: children.flatMap((child) => (child.type === "item" ? [plainText(child.text)] : [])) };
        plan.recoveryScripts.push(script);
      }
    }
  }

  function testing(section: Section) {
    for (const sub of sections(section.blocks, 3).sections) {
      const name = slug(sub.heading.text);
      if (name === "recovery-testing-schedule") {
        const table = sub.blocks.find((block): block is Extract<Block, { type: "table" }> => block.type === "table");
        if (!table) continue;
        place(sub.heading, table);
        const column = (label: string) => table.header.findIndex((cell) => same(cell, label));
        for (const row of table.rows) {
          const cell = (label: string) => plainText(row.cells[column(label)] ?? "");
          const frequency = cell("Frequency");
          const drill: DrillModel = {
            key: stringOf(row.attributes, "key") ?? slug(cell("Test Type")),
            testType: cell("Test Type"),
            frequency,
            intervalMonths: numberOf(row.attributes, "months") ?? byWord(MONTHS_BY_WORD, frequency) ?? 12,
            durationMinutes: parseDuration(cell("Duration")) ?? 0,
            scope: cell("Scope"),
            runbook: row.attributes ? (stringOf(row.attributes, "runbook") ?? null) : null,
            scenario: stringOf(row.attributes, "scenario") ?? null,
            services: stringsOf(row.attributes, "services") ?? [],
          };
          plan.drillSchedule.push(drill);
          if (!row.attributes) drillProcedures.push({ drill, block: row as unknown as Block });
        }
      } else if (name === "test-procedures") {
        place(sub.heading);
        for (const procedure of sections(sub.blocks, 4).sections) {
          const title = plainText(procedure.heading.text);
          const phases = outline(procedure.blocks).items.map(({ block, children }) => {
            place(block);
            const phaseSteps = children.flatMap((child) => (child.type === "item" ? [(place(child), { title: plainText(child.text), details: [], command: null, service: null })] : []));
            return phase(block, plainText(block.text), block.attributes, phaseSteps);
          });
          if (!phases.length) continue;
          place(procedure.heading);
          runbooks.test_procedure.push({ key: stringOf(procedure.heading.attributes, "key") ?? slug(title), title, kind: "test_procedure", situation: null, detection: [], phases });
        }
      } else if (name === "success-criteria") {
        place(sub.heading);
        for (const block of sub.blocks) {
          const field = block.type === "item" ? fieldOf(block.text) : null;
          if (!field || block.type !== "item") continue;
          place(block);
          const criterion: SuccessCriterionModel = { key: stringOf(block.attributes, "key") ?? slug(field.name), name: field.name, description: field.value };
          plan.successCriteria.push(criterion);
        }
      }
    }
  }

  function postRecovery(section: Section) {
    const title = plainText(section.heading.text);
    const phases = sections(section.blocks, 3).sections.flatMap((sub) => {
      const { items } = outline(sub.blocks);
      if (!items.length) return [];
      place(sub.heading);
      return [phase(sub.heading, plainText(sub.heading.text), sub.heading.attributes, steps(items))];
    });
    if (!phases.length) return;
    place(section.heading);
    runbooks.post_recovery.push({ key: stringOf(section.heading.attributes, "key") ?? slug(title), title, kind: "post_recovery", situation: null, detection: [], phases });
  }

  /** Lists under a chapter: a list per sub-heading or per bold label, the agenda and the regular reviews apart. */
  function chapterLists(section: Section) {
    const chapter = plainText(section.heading.text);
    const top = sections(section.blocks, 3);
    const direct = outline(top.before).items;
    if (direct.length) plan.planLists.push(list(stringOf(section.heading.attributes, "key") ?? slug(chapter), chapter, chapter, direct, section.heading.attributes));
    for (const sub of top.sections) {
      const subTitle = withoutParentheses(plainText(sub.heading.text));
      if (slug(subTitle) === "regular-reviews") {
        place(sub.heading);
        for (const cadence of sections(sub.blocks, 4).sections) {
          const name = plainText(cadence.heading.text);
          const months = numberOf(cadence.heading.attributes, "months") ?? byWord(MONTHS_BY_WORD, name);
          if (months === null) continue;
          place(cadence.heading);
          const items = outline(cadence.blocks).items.map(({ block }) => (place(block), plainText(block.text)));
          const model: ReviewCadenceModel = { key: stringOf(cadence.heading.attributes, "key") ?? slug(name.replace(/\breviews?\b/i, "")), name, intervalMonths: months, items };
          plan.reviewCadences.push(model);
        }
        continue;
      }
      const inner = sections(sub.blocks, 4);
      const own = outline(inner.before);
      // Lists under bold labels ("**Attendees:**") within the sub-section.
      let label: { block: Block; text: string } | null = null;
      let pending: Block[] = [];
      const flush = () => {
        if (!label) return;
        addList(label.block, label.text, null, subTitle, outline(pending).items, true);
        pending = [];
      };
      // A bold label names a list within the sub-section ("Attendees" of the review meeting).
      const addList = (block: Block, title: string, attributes: Attributes | null, parent: string, items: Item[], labelled = false) => {
        if (!items.length) return;
        place(block);
        if (slug(title) === "agenda") {
          for (const { block: item } of items) {
            place(item);
            const agendaItem: ReviewAgendaItemModel = { key: stringOf(item.attributes, "key") ?? slug(plainText(item.text)), title: plainText(item.text) };
            plan.reviewAgenda.push(agendaItem);
          }
          return;
        }
        const full = labelled && !title.toLowerCase().includes(parent.toLowerCase()) ? `${parent} ${title}` : title;
        plan.planLists.push(list(stringOf(attributes, "key") ?? slug(full), full, `${chapter} › ${parent}`, items, attributes));
      };
      if (own.items.length && !own.rest.some((block) => block.type === "paragraph" && labelOf(block.text))) {
        place(sub.heading);
        plan.planLists.push(list(stringOf(sub.heading.attributes, "key") ?? slug(subTitle), subTitle, chapter, own.items, sub.heading.attributes));
      } else {
        for (const block of inner.before) {
          const text = block.type === "paragraph" ? labelOf(block.text) : null;
          if (text) {
            flush();
            label = { block, text };
          } else if (label) pending.push(block);
        }
        flush();
      }
      for (const named of inner.sections) addList(named.heading, plainText(named.heading.text), named.heading.attributes, subTitle, outline(named.blocks).items);
      if (inner.sections.some((named) => placed.has(named.heading)) || placed.has(inner.before.find((block) => block.type === "paragraph") ?? sub.heading)) place(sub.heading);
    }
  }

  function appendices(section: Section) {
    const top = sections(section.blocks, 3);
    const items: PlanListModel["items"] = [];
    for (const sub of top.sections) {
      const title = plainText(sub.heading.text);
      if (slug(title) === "communication-templates") {
        place(sub.heading);
        for (const template of sections(sub.blocks, 4).sections) templates(template);
        continue;
      }
      if (slug(title) === "appendices") {
        place(sub.heading);
        plan.planLists.push(list(stringOf(sub.heading.attributes, "key") ?? "appendices", title, "Appendices", outline(sub.blocks).items, sub.heading.attributes));
        continue;
      }
      // An appendix of the original: its heading and the words that stand in its place.
      const words = sub.blocks.filter((block): block is Extract<Block, { type: "paragraph" }> => block.type === "paragraph");
      if (!/^appendix\b/i.test(title)) continue;
      place(sub.heading, ...words);
      items.push({ text: title, details: words.map((word) => plainText(word.text).replace(/^\[(.*)\]$/, "$1")) });
    }
    if (items.length) plan.planLists.push({ key: "appendices", title: "Appendices", section: "Appendices", items });
  }

  function templates(template: Section) {
    const fields = new Map<string, string>();
    for (const block of template.blocks) {
      const field = block.type === "item" ? fieldOf(block.text) : null;
      if (field) fields.set(slug(field.name), field.value);
    }
    const body = template.blocks.find((block) => block.type === "code");
    const audience = fields.get("audience");
    if (!body || body.type !== "code" || (audience !== "internal" && audience !== "stakeholders" && audience !== "public")) return;
    place(template.heading, body, ...template.blocks.filter((block) => block.type === "item"));
    const model: CommunicationTemplateModel = {
      key: stringOf(template.heading.attributes, "key") ?? slug(template.heading.text),
      name: plainText(template.heading.text),
      audience: audience satisfies Audience,
      subject: fields.get("subject") ?? "",
      body: body.body,
    };
    plan.communicationTemplates.push(model);
  }

  const top = sections(blocks, 2);
  const title = top.before.find((block) => block.type === "heading" && block.level === 1);
  if (title && title.type === "heading") {
    plan.document.title = plainText(title.text);
    place(title);
  }
  for (const section of top.sections) {
    const name = slug(section.heading.text);
    const before = placed.size;
    if (name === "overview") overview(section);
    else if (name === "table-of-contents") place(...section.blocks);
    else if (name === "disaster-scenarios") scenarios(section);
    else if (name === "recovery-objectives") objectives(section);
    else if (name === "emergency-contacts") contacts(section);
    else if (name === "data-backup-strategy") backups(section);
    else if (name === "recovery-procedures") sections(section.blocks, 3).sections.forEach(procedure);
    else if (name === "recovery-scripts") scripts(section);
    else if (name === "testing-and-validation") testing(section);
    else if (name === "post-recovery-actions") postRecovery(section);
    else if (name === "post-incident-review-process" || name === "continuous-improvement") chapterLists(section);
    else if (name === "appendices") appendices(section);
    if (placed.size > before || name === "table-of-contents") place(section.heading);
  }
  // The original closes with its document control after a rule: approval, next review, distribution.
  const control = blocks.findIndex((block) => block.type === "paragraph" && labelOf(block.text) === "Document Control");
  if (control >= 0) {
    place(blocks[control]);
    const rule = blocks[control - 1];
    if (rule?.type === "rule") place(rule);
    readDocumentFields(blocks.slice(control + 1).filter((block) => block.type === "item"));
  }

  // The lists stand under their chapters; the plan's own order rides along where the document gives it.
  const order = new Map(plan.planLists.map((list, index) => [list, listOrder.get(list) ?? blocks.length + index]));
  plan.planLists.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  plan.runbooks = [...runbooks.incident_process, ...runbooks.recovery, ...runbooks.post_recovery, ...runbooks.test_procedure];
  resolveDependencies();
  resolveAudiences();
  resolveProcedures();

  function resolveDependencies() {
    const find = (name: string) =>
      plan.services.find((service) => same(service.name, name) || same(service.key, name)) ??
      plan.services.find((service) => service.name.toLowerCase().endsWith(` ${name.toLowerCase()}`));
    for (const [service, { names, block }] of dependencyNames) {
      for (const name of names) {
        let dependency = find(name);
        if (!dependency) {
          // Named as a dependency and rated nowhere, as the original's Redis, Storage, CDN, LiveKit.
          dependency = { key: slug(name), name, description: null, priority: null, rtoMinutes: null, rpoMinutes: null, inPriorityMatrix: false, isPublic: false, dependsOn: [] };
          plan.services.push(dependency);
          assume(block, `"${name}" is a service the matrix depends on without rating it`);
        } else if (!same(dependency.name, name) && !same(dependency.key, name)) assume(block, `"${name}" read as ${dependency.name}`);
        service.dependsOn.push(dependency.key);
      }
    }
  }

  function resolveAudiences() {
    for (const { level, block } of levelAudiences) {
      for (const part of level.audience.split(/\s*\+\s*/)) {
        const matches = /vendor support/i.test(part)
          ? plan.contacts.filter((contact) => contact.kind === "external")
          : plan.contacts.filter((contact) => same(contact.role, part));
        if (matches.length) level.targets.push(...matches.map((contact) => contact.key));
        else {
          // Someone the matrix names and no table lists, as the original's CTO: a contact to fill in.
          const key = slug(part);
          const contact: ContactModel = { key, kind: "escalation", role: part, name: part, organisation: null, phone: demoPhone(), email: `${key}@example.com`, backupName: null, accountId: null, isDemoValue: true, user: null };
          plan.contacts.push(contact);
          level.targets.push(contact.key);
          assume(block, `"${part}" added as an escalation contact with stand-in phone and e-mail (a demo value)`);
        }
      }
    }
    // "60+ minutes" lasts until the next level takes over.
    plan.escalationLevels.forEach((level, index) => {
      const next = plan.escalationLevels[index + 1];
      if (level.untilMinutes === null && next) level.untilMinutes = next.afterMinutes;
    });
  }

  function resolveProcedures() {
    const procedures = plan.runbooks.filter((runbook) => runbook.kind === "test_procedure");
    for (const { drill, block } of drillProcedures) {
      const procedure = procedures.find((runbook) => runbook.title.toLowerCase().includes(drill.testType.toLowerCase()));
      drill.runbook = procedure?.key ?? null;
      if (procedure) assume(block, `${drill.testType} drills work through "${procedure.title}"`);
    }
  }

  const unplaced = blocks
    .filter((block) => !placed.has(block))
    .map((block) => ({ line: block.line, text: block.type === "code" ? `code block: ${block.body.split("\n")[0]}` : block.type === "table" ? `table: ${block.header.join(" | ")}` : block.type === "rule" ? "---" : block.text }));

  const recognised = Object.fromEntries(
    Object.entries({ ...plan, document: plan.document.title ? [plan.document] : [] }).map(([part, value]) => [part, Array.isArray(value) ? value.length : 0]),
  );
  recognised.runbookSteps = plan.runbooks.reduce((sum, runbook) => sum + runbook.phases.reduce((inner, phase) => inner + phase.steps.length, 0), 0);
  recognised.scripts = plan.runbooks.reduce((sum, runbook) => sum + runbook.phases.reduce((inner, phase) => inner + phase.steps.filter((step) => step.command).length, 0), 0);
  return { plan, report: { recognised, unplaced, assumed } };
}
