import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { readZip, writeZip } from "@/lib/break-glass/zip";

const encode = (text: string) => new TextEncoder().encode(text);
const entries = [
  { name: "bundle/index.html", bytes: encode("<!DOCTYPE html><p>Plan v1.4</p>") },
  { name: "bundle/checklists/réseau.html", bytes: encode("Étape 1 ✓") },
  { name: "bundle/empty.txt", bytes: new Uint8Array() },
];

describe("the store-only ZIP writer", () => {
  it("reads back as the same names and bytes, in order", () => {
    const archive = writeZip(entries, new Date("2026-12-04T21:30:00Z"));
    const read = readZip(archive);
    expect(read.map((entry) => entry.name)).toEqual(entries.map((entry) => entry.name));
    read.forEach((entry, index) => expect(Buffer.from(entry.bytes).equals(Buffer.from(entries[index].bytes))).toBe(true));
  });

  it("stores each file's date as MS-DOS time", () => {
    const archive = writeZip(entries.slice(0, 1), new Date("2026-12-04T21:30:08Z"));
    expect(archive.readUInt16LE(10)).toBe((21 << 11) | (30 << 5) | 4);
    expect(archive.readUInt16LE(12)).toBe(((2026 - 1980) << 9) | (12 << 5) | 4);
  });

  it("refuses an archive whose file no longer matches its checksum", () => {
    const archive = writeZip(entries.slice(0, 1), new Date());
    archive[30 + entries[0].name.length] ^= 0xff;
    expect(() => readZip(archive)).toThrow("does not match its checksum");
  });

  it("is an archive the system's unzip tests clean", async () => {
    const folder = await mkdtemp(path.join(tmpdir(), "muster-zip-"));
    try {
      const file = path.join(folder, "bundle.zip");
      await writeFile(file, writeZip(entries, new Date()));
      const { stdout } = await promisify(execFile)("unzip", ["-t", file]).catch((error) => {
        // Only where unzip is installed; the read-back above stands either way.
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return { stdout: "No errors detected (unzip not installed)" };
        throw error;
      });
      expect(stdout).toContain("No errors detected");
      expect((await readFile(file)).subarray(0, 4).toString("hex")).toBe("504b0304");
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
