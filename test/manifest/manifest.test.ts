/**
 * @jest-environment jsdom
 */
/**
 * The add-in's manifest, checked offline (Microsoft's validator, `npm run validate`, is an online service
 * this machine cannot reach, and no package ships the schema): its shape, its permissions and hosts, the
 * API set the pane also checks, every resource id it refers to, and that every URL names a file the
 * build serves: a page webpack makes, or a file it copies (icons with their pixel size read from the PNG).
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { REQUIRED_EXCEL_API } from "../../src/taskpane/startup/environment";

const ROOT = resolve(__dirname, "../..");
const ORIGIN = "https://localhost:3000/";
const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  ov: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
};

interface WebpackPages {
  readonly PAGES: readonly { entry: string; source: string; template: string; filename: string }[];
  readonly STATIC_FILES: readonly { from: string; to: string }[];
  readonly DEV_SERVER_PORT: number;
}
const webpackConfig = createRequire(__filename)(join(ROOT, "webpack.config.js")) as WebpackPages;

const xml = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const doc = new DOMParser().parseFromString(xml, "application/xml");
const root = doc.documentElement;

function children(parent: Element, name: string, ns = NS.app): Element[] {
  return Array.from(parent.children).filter((child) => child.localName === name && child.namespaceURI === ns);
}
function child(parent: Element, name: string, ns = NS.app): Element {
  const found = children(parent, name, ns);
  if (found.length !== 1) throw new Error(`expected one <${name}> in <${parent.localName}>, found ${found.length}`);
  return found[0] as Element;
}
function all(name: string, ns: string): Element[] {
  return Array.from(doc.getElementsByTagNameNS(ns, name));
}
const xsiType = (element: Element): string | null => element.getAttributeNS(NS.xsi, "type");

const overrides = child(root, "VersionOverrides", NS.ov);
const resources = child(overrides, "Resources", NS.ov);
/** Resource ids by kind: Images, Urls, ShortStrings, LongStrings. */
function resourceValues(kind: string, item: string): Map<string, string> {
  const values = new Map<string, string>();
  for (const element of children(child(resources, kind, NS.bt), item, NS.bt)) {
    const id = element.getAttribute("id") ?? "";
    expect(values.has(id)).toBe(false);
    values.set(id, element.getAttribute("DefaultValue") ?? "");
  }
  return values;
}
const images = resourceValues("Images", "Image");
const urls = resourceValues("Urls", "Url");
const shortStrings = resourceValues("ShortStrings", "String");
const longStrings = resourceValues("LongStrings", "String");

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(bytes.subarray(12, 16).toString("latin1")).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The project file the build serves at a manifest URL, or undefined when the build makes it (a page). */
function servedFile(url: string): { page?: string; file?: string } {
  expect(url.startsWith(ORIGIN)).toBe(true);
  const path = url.slice(ORIGIN.length);
  const page = webpackConfig.PAGES.find((p) => p.filename === path);
  if (page) return { page: page.filename };
  const copied = webpackConfig.STATIC_FILES.find((f) => f.to === path);
  if (!copied) throw new Error(`${url}: the build serves no such file`);
  return { file: join(ROOT, copied.from) };
}

function expectIcon(url: string, size: number): void {
  const served = servedFile(url);
  expect(served.file).toBeDefined();
  expect(pngSize(served.file as string)).toEqual({ width: size, height: size });
}

describe("manifest.xml", () => {
  it("is well-formed XML: a task pane add-in (schema 1.1)", () => {
    expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
    expect(root.localName).toBe("OfficeApp");
    expect(root.namespaceURI).toBe(NS.app);
    expect(xsiType(root)).toBe("TaskPaneApp");
  });

  it("keeps the schema's element order", () => {
    const order = [
      "Id", "AlternateId", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl",
      "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements", "DefaultSettings", "Permissions",
      "AllowSnapshot", "VersionOverrides",
    ];
    const names = Array.from(root.children).map((element) => element.localName);
    expect(names.every((name) => order.includes(name))).toBe(true);
    expect([...names].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(names);
  });

  it("has a GUID id, a version, a provider and the add-in's name", () => {
    expect(child(root, "Id").textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(child(root, "Version").textContent).toMatch(/^\d+(\.\d+){3}$/);
    expect(child(root, "ProviderName").textContent?.trim()).not.toBe("");
    expect(child(root, "DisplayName").getAttribute("DefaultValue")).toBe("Options appraisal");
    const description = child(root, "Description").getAttribute("DefaultValue") ?? "";
    expect(description.length).toBeGreaterThan(20);
    expect(description.length).toBeLessThanOrEqual(250);
  });

  it("asks for ReadWriteDocument and nothing more", () => {
    expect(child(root, "Permissions").textContent?.trim()).toBe("ReadWriteDocument");
  });

  it("runs in Excel workbooks only", () => {
    expect(children(child(root, "Hosts"), "Host").map((host) => host.getAttribute("Name"))).toEqual(["Workbook"]);
    expect(children(child(overrides, "Hosts", NS.ov), "Host", NS.ov).map(xsiType)).toEqual(["Workbook"]);
  });

  it("requires the Excel API set the pane checks for", () => {
    const sets = children(child(child(root, "Requirements"), "Sets"), "Set");
    expect(sets.map((set) => [set.getAttribute("Name"), set.getAttribute("MinVersion")])).toEqual([
      [REQUIRED_EXCEL_API.set, REQUIRED_EXCEL_API.version],
    ]);
    expect(REQUIRED_EXCEL_API).toEqual({ set: "ExcelApi", version: "1.7" });
  });

  it("points every URL at a file the build serves on https://localhost:3000/", () => {
    expect(webpackConfig.DEV_SERVER_PORT).toBe(3000);
    // Every attribute value and text that looks like a URL, except the namespaces.
    const found: string[] = [];
    for (const element of Array.from(doc.getElementsByTagName("*"))) {
      for (const attribute of Array.from(element.attributes)) {
        if (!attribute.name.startsWith("xmlns") && /:\/\//.test(attribute.value)) found.push(attribute.value);
      }
      const text = Array.from(element.childNodes).filter((n) => n.nodeType === n.TEXT_NODE).map((n) => n.textContent ?? "").join("").trim();
      if (/:\/\//.test(text)) found.push(text);
    }
    expect(found.length).toBeGreaterThanOrEqual(8);
    for (const url of found) {
      expect(url).toMatch(/^https:\/\/localhost:3000\/[A-Za-z0-9._/-]+$/);
      servedFile(url);
    }
  });

  it("opens the pane on the page webpack builds from src/taskpane", () => {
    const source = child(child(root, "DefaultSettings"), "SourceLocation").getAttribute("DefaultValue") ?? "";
    expect(source).toBe(`${ORIGIN}taskpane.html`);
    expect(servedFile(source).page).toBe("taskpane.html");
    expect(webpackConfig.PAGES.find((p) => p.filename === "taskpane.html")?.source).toBe("./src/taskpane/index.tsx");
  });

  it("has the add-in icons at 32 and 64 pixels, the sizes Office asks of a task pane add-in", () => {
    expectIcon(child(root, "IconUrl").getAttribute("DefaultValue") ?? "", 32);
    expectIcon(child(root, "HighResolutionIconUrl").getAttribute("DefaultValue") ?? "", 64);
  });

  it("is copied into the build beside the pages", () => {
    expect(webpackConfig.STATIC_FILES).toContainEqual({ from: "manifest.xml", to: "manifest.xml" });
  });
});

describe("the ribbon", () => {
  const formFactor = child(child(child(overrides, "Hosts", NS.ov), "Host", NS.ov), "DesktopFormFactor", NS.ov);
  const extensionPoint = child(formFactor, "ExtensionPoint", NS.ov);
  const tab = child(extensionPoint, "OfficeTab", NS.ov);
  const group = child(tab, "Group", NS.ov);
  const controls = children(group, "Control", NS.ov);
  const label = (element: Element): string => shortStrings.get(child(element, "Label", NS.ov).getAttribute("resid") ?? "") ?? "";
  const action = (control: Element): Element => child(control, "Action", NS.ov);

  it("adds one group to the Home tab with the two buttons", () => {
    expect(xsiType(extensionPoint)).toBe("PrimaryCommandSurface");
    expect(tab.getAttribute("id")).toBe("TabHome");
    expect(label(group)).toBe("Options appraisal");
    expect(controls.map(xsiType)).toEqual(["Button", "Button"]);
    expect(controls.map(label)).toEqual(["Appraisal pane", "Run appraisal"]);
    const ids = all("*", NS.ov).map((e) => e.getAttribute("id")).filter((id): id is string => id !== null && id !== "TabHome");
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("opens the same pane page as the add-in itself", () => {
    const show = action(controls[0] as Element);
    expect(xsiType(show)).toBe("ShowTaskpane");
    expect(urls.get(child(show, "SourceLocation", NS.ov).getAttribute("resid") ?? "")).toBe(`${ORIGIN}taskpane.html`);
  });

  it("runs the function that src/commands/commands.ts associates, from the function file webpack builds", () => {
    const run = action(controls[1] as Element);
    expect(xsiType(run)).toBe("ExecuteFunction");
    const name = child(run, "FunctionName", NS.ov).textContent?.trim() ?? "";
    expect(name).toBe("runAppraisal");
    const commands = readFileSync(join(ROOT, "src/commands/commands.ts"), "utf8");
    const associated = Array.from(commands.matchAll(/Office\.actions\.associate\(\s*["']([^"']+)["']/g), (m) => m[1]);
    expect(associated).toEqual([name]);
    const functionFile = urls.get(child(formFactor, "FunctionFile", NS.ov).getAttribute("resid") ?? "") ?? "";
    expect(servedFile(functionFile).page).toBe("commands.html");
    expect(webpackConfig.PAGES.find((p) => p.filename === "commands.html")?.source).toBe("./src/commands/commands.ts");
  });

  it("gives every button and the group icons at 16, 32 and 80 pixels", () => {
    for (const element of [group, ...controls]) {
      const icons = children(child(element, "Icon", NS.ov), "Image", NS.bt);
      expect(icons.map((icon) => icon.getAttribute("size"))).toEqual(["16", "32", "80"]);
      for (const icon of icons) expectIcon(images.get(icon.getAttribute("resid") ?? "") ?? "", Number(icon.getAttribute("size")));
    }
  });

  it("defines every resource id it refers to, of the right kind, within Office's limits", () => {
    const kindOf = (element: Element): Map<string, string> => {
      if (element.localName === "Image") return images;
      if (["SourceLocation", "FunctionFile", "LearnMoreUrl"].includes(element.localName)) return urls;
      if (["Label", "Title"].includes(element.localName)) return shortStrings;
      if (element.localName === "Description") return longStrings;
      throw new Error(`unexpected resid on <${element.localName}>`);
    };
    const referring = Array.from(overrides.getElementsByTagName("*")).filter((e) => e.hasAttribute("resid"));
    expect(referring.length).toBeGreaterThan(10);
    for (const element of referring) {
      const id = element.getAttribute("resid") ?? "";
      expect(id.length).toBeLessThanOrEqual(32);
      expect(kindOf(element).has(id)).toBe(true);
    }
    const used = new Set(referring.map((e) => e.getAttribute("resid")));
    for (const id of [...images.keys(), ...urls.keys(), ...shortStrings.keys(), ...longStrings.keys()]) expect(used.has(id)).toBe(true);
    for (const value of shortStrings.values()) expect(value.length).toBeLessThanOrEqual(125);
    for (const value of longStrings.values()) expect(value.length).toBeLessThanOrEqual(250);
  });
});
