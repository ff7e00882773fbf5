#!/usr/bin/env bash
# Installs what the tests need beyond the .NET SDK and Node/npm: Debian's chromium (for the browser test) and the
# node packages of tests/NewsGraph.Api.Tests/node (the graphql-http audit suite and playwright-core).
# Idempotent, and quick when everything is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null 2>&1; then
  echo "installing chromium (Debian package)"
  if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
fi

node_tools=tests/NewsGraph.Api.Tests/node
if [ ! -f "$node_tools/node_modules/.package-lock.json" ] || [ "$node_tools/package-lock.json" -nt "$node_tools/node_modules/.package-lock.json" ]; then
  echo "installing the API tests' node packages"
  (cd "$node_tools" && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error)
  touch "$node_tools/node_modules/.package-lock.json"
fi
