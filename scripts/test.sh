#!/usr/bin/env bash
# Runs every test of the solution on a fresh machine and ends with one line: "N passed, N failed, N skipped".
# Installs what the tests need beyond the .NET SDK first (scripts/install-test-deps.sh).
set -uo pipefail
cd "$(dirname "$0")/.."

results=artifacts/test-results
rm -rf "$results"
mkdir -p "$results"

if [ -x scripts/install-test-deps.sh ]; then
  scripts/install-test-deps.sh || { echo "installing test dependencies failed"; echo "0 passed, 1 failed"; exit 1; }
fi

if ! dotnet build NewsGraph.sln -c Release -nologo -v quiet; then
  echo "build failed"
  echo "0 passed, 1 failed"
  exit 1
fi

# One test project at a time: the browser, Neo4j and load tests each need the whole (2-core) machine.
dotnet test NewsGraph.sln -c Release --no-build -nologo -m:1 \
  --logger "trx" --logger "console;verbosity=normal" --results-directory "$results" "$@"
status=$?

python3 - "$results" "$status" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
passed = failed = skipped = 0
files = glob.glob(f"{sys.argv[1]}/**/*.trx", recursive=True)
for path in files:
    c = ET.parse(path).getroot().find("t:ResultSummary/t:Counters", ns)
    passed += int(c.get("passed", 0))
    failed += int(c.get("failed", 0)) + int(c.get("error", 0)) + int(c.get("timeout", 0)) + int(c.get("aborted", 0))
    skipped += int(c.get("notExecuted", 0))
if not files or (int(sys.argv[2]) != 0 and failed == 0):
    failed += 1  # a test host that crashed or wrote no results counts as a failure
print(f"{passed} passed, {failed} failed, {skipped} skipped")
sys.exit(1 if failed else 0)
PY
