#!/usr/bin/env bash
# `make demo`: starts a local anvil, deploys the contract suite and prints the addresses.
# Stops anvil on Ctrl-C. Later issues extend it (oracle, indexer, web app).
set -euo pipefail
cd "$(dirname "$0")/.."

port=${DEMO_RPC_PORT:-8545}
rpc="http://127.0.0.1:$port"
state=.build/demo
mkdir -p "$state"

if curl -s -o /dev/null "$rpc" 2>/dev/null; then
  echo "port $port is already in use; set DEMO_RPC_PORT to another port" >&2
  exit 1
fi

anvil --host 127.0.0.1 --port "$port" --chain-id 31337 --silent &
anvil_pid=$!
cleanup() {
  kill "$anvil_pid" 2>/dev/null || true
  wait "$anvil_pid" 2>/dev/null || true
}
trap cleanup EXIT
trap 'exit 130' INT TERM

for _ in $(seq 1 50); do
  cast chain-id --rpc-url "$rpc" >/dev/null 2>&1 && break
  sleep 0.2
done

# anvil's well-known development keys (mnemonic "test test ... junk"): account 0 deploys and
# governs, account 1 is the oracle. Never use them anywhere but a local chain.
deployer_key=0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80
export ORACLE=0x70997970C51812dc3A010C7d01b50e0d17dc79C8
export DEPLOYMENT_OUT="$state/deployment.json"

forge script contracts/script/Deploy.s.sol:Deploy --rpc-url "$rpc" --private-key "$deployer_key" \
  --broadcast --silent >"$state/deploy.log" 2>&1 || { cat "$state/deploy.log" >&2; exit 1; }

echo
echo "Local chain:  $rpc (chain id 31337)"
echo "Deployment:   $DEPLOYMENT_OUT"
node -e '
const d = require(process.argv[1]);
for (const [k, v] of Object.entries(d)) console.log("  " + k.padEnd(18) + v);
' "$(pwd)/$DEPLOYMENT_OUT"
echo
echo "Press Ctrl-C to stop."
wait "$anvil_pid"
