#!/usr/bin/env bash
# Audits the production dependencies for high and critical advisories (decision 23).
#
#   scripts/audit.sh        prints one summary line (then, on advisories, one line per package)
#
# Exit status: 0 when the advisory service said there are none at high or above, or when the service could
# not be reached ("not checked", said in the summary: the registry reached from our build machines answers
# npm's advisory request with 405); 1 when there are high or critical advisories; 2 when npm could not run
# the audit for another reason. npm's own exit status tells none of these apart (it is 1 for an unreachable
# service and for advisories alike), so scripts/classify-audit.ts reads its JSON.
set -uo pipefail
cd "$(dirname "$0")/.."

classifier=dist/node/scripts/classify-audit.js
if [ ! -f "$classifier" ] || [ scripts/classify-audit.ts -nt "$classifier" ]; then
  # tsc still writes its output when some other file has a type error: that is the typecheck's to report.
  npm run --silent build:node >/dev/null 2>&1
  [ -f "$classifier" ] || { echo "npm audit: could not build $classifier (npm run build:node)"; exit 2; }
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The JSON report goes to stdout whatever happens; npm's warnings and errors go to stderr.
npm audit --omit=dev --audit-level=high --json >"$work/audit.json" 2>"$work/audit.err"
node "$classifier" "$work/audit.json" "$work/audit.err"
