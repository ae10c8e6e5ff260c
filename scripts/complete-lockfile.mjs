// Adds to package-lock.json the platform-specific optional packages (other OSes' and
// CPUs' builds of Next's compiler, Tailwind's engine, ...) that this machine's npm
// registry mirror does not serve. `npm install` here silently leaves them out of the
// lock, and `npm ci` then refuses the lock as incomplete (npm/cli#4828). A version-only
// entry marked optional is enough for npm ci; it skips packages for other platforms.
// Run after changing dependencies: npm run lock:complete (a unit test checks it).
import { readFileSync, writeFileSync } from "node:fs";

const LOCK = new URL("../package-lock.json", import.meta.url);

export function missingOptionalEntries(lock) {
  const missing = {};
  for (const [path, entry] of Object.entries(lock.packages)) {
    for (const [name, range] of Object.entries(entry.optionalDependencies ?? {})) {
      const nested = `${path ? `${path}/` : ""}node_modules/${name}`;
      if (lock.packages[nested] || lock.packages[`node_modules/${name}`] || missing[`node_modules/${name}`]) continue;
      if (!/^\d+\.\d+\.\d+(-[\w.]+)?$/.test(range)) continue; // only exact pins can be recorded honestly
      missing[`node_modules/${name}`] = { version: range, optional: true };
    }
  }
  return missing;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop())) {
  const lock = JSON.parse(readFileSync(LOCK, "utf8"));
  const missing = missingOptionalEntries(lock);
  Object.assign(lock.packages, missing);
  lock.packages = Object.fromEntries(
    Object.entries(lock.packages).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a.localeCompare(b))),
  );
  writeFileSync(LOCK, `${JSON.stringify(lock, null, 2)}\n`);
  console.log(`Added ${Object.keys(missing).length} optional platform packages to package-lock.json`);
}
