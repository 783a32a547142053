// Reads an add-in manifest with office-addin-manifest, the package Office's own tooling uses: its summary
// (readManifestFile) and, through the same xml2js parser it uses, the whole document for what the summary omits
// (requirement sets, the custom-functions extension point, resources). Works offline; needs no system tool.
import { createRequire } from "node:module";
import { OfficeAddinManifest, type ManifestInfo } from "office-addin-manifest";

/** One element of xml2js's tree: attributes under "$", text under "_", children as arrays by tag name. */
export interface XmlNode {
  readonly $?: Readonly<Record<string, string>>;
  readonly _?: string;
  readonly [child: string]: unknown;
}

interface XmlHandler {
  parseXmlAsync(): Promise<{ OfficeApp: XmlNode }>;
}
const { ManifestHandlerXml } = createRequire(import.meta.url)("office-addin-manifest/lib/manifestHandler/manifestHandlerXml") as {
  ManifestHandlerXml: new (path: string) => XmlHandler;
};

export interface ReadManifest {
  readonly info: ManifestInfo;
  readonly root: XmlNode;
}

export async function readManifest(path: string): Promise<ReadManifest> {
  const info = await OfficeAddinManifest.readManifestFile(path);
  const { OfficeApp: root } = await new ManifestHandlerXml(path).parseXmlAsync();
  return { info, root };
}

/** The children of `node` named `tag` (xml2js keeps every child as an array). */
export function children(node: XmlNode | undefined, tag: string): XmlNode[] {
  const value = node?.[tag];
  return Array.isArray(value) ? (value as XmlNode[]) : [];
}

/** Every element named `tag` anywhere below `node`, in document order. */
export function descendants(node: XmlNode, tag: string): XmlNode[] {
  const found: XmlNode[] = [];
  for (const [key, value] of Object.entries(node)) {
    if (key === "$" || key === "_" || !Array.isArray(value)) continue;
    for (const child of value as XmlNode[]) {
      if (typeof child !== "object" || child === null) continue;
      if (key === tag) found.push(child);
      found.push(...descendants(child, tag));
    }
  }
  return found;
}

/** The element's attribute, or "" when it has none. */
export function attr(node: XmlNode | undefined, name: string): string {
  return node?.$?.[name] ?? "";
}

/** The resource of a `resid`: bt:Url, bt:String or bt:Image with that id. */
export function resource(root: XmlNode, id: string): string {
  const all = ["bt:Url", "bt:String", "bt:Image"].flatMap((tag) => descendants(root, tag));
  const found = all.find((node) => attr(node, "id") === id);
  if (!found) throw new Error(`The manifest has no resource ${id}`);
  return attr(found, "DefaultValue");
}

/** Requirement sets of <Requirements>: name → MinVersion. */
export function requiredSets(root: XmlNode): Map<string, string> {
  const required = new Map<string, string>();
  for (const sets of children(children(root, "Requirements")[0], "Sets")) {
    for (const set of children(sets, "Set")) required.set(attr(set, "Name"), attr(set, "MinVersion") || attr(sets, "DefaultMinVersion"));
  }
  return required;
}
