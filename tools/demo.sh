#!/usr/bin/env bash
# `make demo` (after `make deps build web`): builds the oracle, indexer and demo binaries into
# .build/bin and runs the demo (cmd/demo, internal/demo): anvil, the real proof setup, the suite,
# the oracle, the indexer serving the web app, and the scripted scenario; it prints the URLs and a
# per-contributor summary, then serves until Ctrl-C, which stops every process it started.
# DEMO_EXIT=1 stops after the scripted run. `tools/demo.sh --build-only` only builds.
set -euo pipefail
cd "$(dirname "$0")/.."
export GOMODCACHE="${GOMODCACHE:-$PWD/.build/go/mod}"
export GOFLAGS="${GOFLAGS:--modcacherw}"
for tool in forge anvil cast; do
  PATH="$PWD/node_modules/@foundry-rs/$tool-linux-amd64/bin:$PATH"
done
export PATH

mkdir -p .build/bin
go build -o .build/bin/ ./cmd/oracle ./cmd/indexer ./cmd/demo
if [ "${1:-}" = "--build-only" ]; then
  exit 0
fi
exec .build/bin/demo -root . "$@"
