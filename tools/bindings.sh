#!/usr/bin/env bash
# Generates the Go bindings (abigen v2) from forge's artifacts into the directory given (default
# bindings/). `tools/bindings.sh --check` generates into a temporary directory and fails when the
# committed bindings differ: a contract changed without `make bindings`.
set -euo pipefail
cd "$(dirname "$0")/.."

# One Go package per contract (bindings/<lowercase name>), since abigen names helper types after
# functions (e.g. Eip712DomainOutput) and two contracts would collide in one package.
# Test-only contracts live under bindings/testonly/.
# directory (under bindings/)  contract  artifact (relative to contracts/out)
contracts=(
  ". OpenToken OpenToken.sol/OpenToken.json"
  ". DatanetRegistry DatanetRegistry.sol/DatanetRegistry.json"
  ". ModelRegistry ModelRegistry.sol/ModelRegistry.json"
  ". RewardVault RewardVault.sol/RewardVault.json"
  ". ValidatorStaking ValidatorStaking.sol/ValidatorStaking.json"
  ". SettlementGuard SettlementGuard.sol/SettlementGuard.json"
  ". FeedbackRegistry FeedbackRegistry.sol/FeedbackRegistry.json"
  ". OpenGovernor OpenGovernor.sol/OpenGovernor.json"
  ". TimelockController TimelockController.sol/TimelockController.json"
  "testonly TestScoreVerifier TestScoreVerifier.sol/TestScoreVerifier.json"
  "testonly FeeOnTransferToken FeeOnTransferToken.sol/FeeOnTransferToken.json"
)

generate() {
  local dest=$1 tmp
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' RETURN
  for entry in "${contracts[@]}"; do
    read -r parent name artifact <<<"$entry"
    local pkg dir
    pkg=$(echo "$name" | tr '[:upper:]' '[:lower:]')
    dir="$dest/bindings/$parent/$pkg"
    mkdir -p "$dir"
    node tools/artifact.js "contracts/out/$artifact" "$tmp/$name.abi" "$tmp/$name.bin"
    go tool abigen --v2 --abi "$tmp/$name.abi" --bin "$tmp/$name.bin" --pkg "$pkg" --type "$name" \
      --out "$dir/$pkg.go"
  done
}

if [ "${1:-}" = "--check" ]; then
  out=$(mktemp -d)
  trap 'rm -rf "$out"' EXIT
  generate "$out"
  if ! diff -r -x '*_test.go' -x '*.md' "$out/bindings" bindings >/dev/null; then
    diff -r -x '*_test.go' -x '*.md' "$out/bindings" bindings | head -n 40 >&2 || true
    echo "bindings/ is stale: run 'make bindings' and commit the result" >&2
    exit 1
  fi
  echo "bindings are up to date"
else
  generate .
fi
