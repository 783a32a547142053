#!/usr/bin/env node
// `npm run validate:manifest [-- file.xml ...]`: XML-schema validation of manifest.xml (default) with the shared
// offline validator, exactly as CI runs it: ../shared/tools/validate-manifest, which needs xmllint
// (Debian/Ubuntu: apt-get install -y libxml2-utils; macOS has it). VALIDATE_MANIFEST names another copy.
// npm test does not need this: it reads the manifest with office-addin-manifest (tests/manifest).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const validator = process.env.VALIDATE_MANIFEST ?? resolve(root, "../shared/tools/validate-manifest");
if (!existsSync(validator)) {
  console.log(
    `No manifest validator at ${validator}: it comes with the project's shared/ folder beside the repository (or set VALIDATE_MANIFEST to its path).`,
  );
  process.exit(2);
}
const files = process.argv.slice(2);
let failed = 0;
for (const file of files.length > 0 ? files : [resolve(root, "manifest.xml")]) {
  const run = spawnSync(validator, [file], { stdio: "inherit" });
  if (run.status !== 0) failed += 1;
}
process.exit(failed === 0 ? 0 : 1);
