/**
 * The production dependencies' licences (decision 23, docs/LICENCES.md): recomputed from node_modules,
 * none refused by the policy (no copyleft, nothing unreviewed), and the document up to date with them.
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import {
  DOCUMENT,
  END,
  REVIEWED,
  START,
  chooseLicence,
  classifyLicenceId,
  declaredLicence,
  packageLicence,
  productionPackages,
  refused,
  updateDocument,
  type PackageLicence,
} from "../../scripts/list-licences";

const ROOT = resolve(__dirname, "../..");

describe("the licence policy", () => {
  it("takes the permissive choice of an OR, and the strictest part of an AND", () => {
    expect(chooseLicence("(MIT OR GPL-3.0-or-later)")).toEqual({ licence: "MIT", kind: "permissive" });
    expect(chooseLicence("GPL-2.0-only OR Apache-2.0")).toEqual({ licence: "Apache-2.0", kind: "permissive" });
    expect(chooseLicence("MIT OR Apache-2.0")).toEqual({ licence: "MIT", kind: "permissive" });
    expect(chooseLicence("(MIT AND Zlib)")).toEqual({ licence: "MIT AND Zlib", kind: "permissive" });
    expect(chooseLicence("MIT AND LGPL-2.1-only")).toEqual({ licence: "MIT AND LGPL-2.1-only", kind: "copyleft" });
    expect(chooseLicence("(MIT OR CC0-1.0) AND BSD-3-Clause")).toEqual({ licence: "MIT AND BSD-3-Clause", kind: "permissive" });
    expect(chooseLicence("GPL-2.0-only OR MPL-2.0").kind).toBe("copyleft");
    expect(() => chooseLicence("MIT OR")).toThrow(/not an SPDX expression/);
    expect(() => chooseLicence("(MIT")).toThrow(/not an SPDX expression/);
  });

  it("refuses copyleft of every strength, weak copyleft (LGPL, MPL) included", () => {
    for (const id of [
      "GPL-2.0-only", "GPL-3.0-or-later", "GPL-2.0+", "AGPL-3.0-only", "LGPL-2.1-or-later", "LGPL-3.0-only", "MPL-2.0",
      "EPL-2.0", "CDDL-1.0", "EUPL-1.2", "SSPL-1.0", "OSL-3.0", "CC-BY-SA-4.0",
    ]) {
      expect([id, classifyLicenceId(id)]).toEqual([id, "copyleft"]);
    }
    for (const id of ["MIT", "ISC", "Apache-2.0", "BSD-3-Clause", "0BSD", "Unlicense", "BlueOak-1.0.0"]) {
      expect([id, classifyLicenceId(id)]).toEqual([id, "permissive"]);
    }
    // Neither list: refused until someone reviews it.
    expect(classifyLicenceId("SEE LICENSE IN LICENSE.txt")).toBe("unknown");
    expect(packageLicence("x", "1.0.0", undefined)).toMatchObject({ licence: "(none declared)", kind: "unknown" });
    expect(packageLicence("x", "1.0.0", "SEE LICENSE IN LICENSE.txt").kind).toBe("unknown");
    expect(chooseLicence("GPL-2.0-only WITH Classpath-exception-2.0").kind).toBe("copyleft");
    expect(chooseLicence("Apache-2.0 WITH LLVM-exception").kind).toBe("unknown");
  });

  it("reads the old ways of declaring a licence, and corrects known non-SPDX spellings", () => {
    expect(declaredLicence({ license: "MIT" })).toBe("MIT");
    expect(declaredLicence({ license: { type: "ISC" } })).toBe("ISC");
    expect(declaredLicence({ licenses: [{ type: "MIT" }, { type: "Apache-2.0" }] })).toBe("(MIT OR Apache-2.0)");
    expect(declaredLicence({})).toBeUndefined();
    expect(packageLicence("chainsaw", "0.1.0", "MIT/X11")).toEqual({
      name: "chainsaw", version: "0.1.0", licence: "MIT", kind: "permissive", declared: "MIT/X11",
    });
  });
});

describe("the production dependencies", () => {
  let packages: PackageLicence[];
  beforeAll(() => {
    packages = productionPackages(ROOT);
  });
  const find = (name: string): PackageLicence[] => packages.filter((p) => p.name === name);

  it("are the lockfile's production packages, every one of them", () => {
    const lock = JSON.parse(readFileSync(join(ROOT, "package-lock.json"), "utf8")) as {
      packages: Record<string, { version?: string; dev?: boolean; optional?: boolean }>;
    };
    const expected = new Set(
      Object.entries(lock.packages)
        .filter(([path, entry]) => path !== "" && !entry.dev && !entry.optional)
        .map(([path, entry]) => `${path.slice(path.lastIndexOf("node_modules/") + "node_modules/".length)}@${entry.version}`),
    );
    const listed = new Set(packages.map((p) => `${p.name}@${p.version}`));
    expect([...expected].filter((p) => !listed.has(p))).toEqual([]);
    expect(packages.length).toBeGreaterThan(50);
  });

  it("are all under a licence the policy allows: no copyleft, nothing unreviewed", () => {
    expect(refused(packages).map((p) => `${p.name}@${p.version}: ${p.licence} (${p.kind})`)).toEqual([]);
  });

  it("include what the pane and the command line are built on, with the licences we know", () => {
    for (const [name, licence] of [
      ["react", "MIT"], ["react-dom", "MIT"], ["@fluentui/react-components", "MIT"], ["@griffel/react", "MIT"],
      ["decimal.js", "MIT"], ["exceljs", "MIT"], ["@microsoft/office-js-helpers", "MIT"], ["pako", "MIT AND Zlib"],
    ] as const) {
      expect([name, find(name).map((p) => p.licence)]).toEqual([name, [licence]]);
    }
    // Dual-licensed: used under its permissive choice, and the table says what was declared.
    expect(find("jszip")).toEqual([expect.objectContaining({ licence: "MIT", declared: "(MIT OR GPL-3.0-or-later)" })]);
    expect(find("typescript")).toEqual([]);
    expect(find("jest")).toEqual([]);
  });

  it("use every reviewed entry (a review of a version no longer installed is removed)", () => {
    const listed = new Set(packages.map((p) => `${p.name}@${p.version}`));
    expect(Object.keys(REVIEWED).filter((key) => !listed.has(key))).toEqual([]);
  });

  it(`are listed in ${DOCUMENT} as they are now (list-licences --write rewrites it)`, () => {
    const document = readFileSync(join(ROOT, DOCUMENT), "utf8");
    expect(document).toContain(START);
    expect(document).toContain(END);
    // Compared line by line, so a failure names the rows that differ.
    expect(document.split("\n")).toEqual(updateDocument(document, packages).split("\n"));
  });
});
