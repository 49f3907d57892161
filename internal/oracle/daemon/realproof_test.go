package daemon_test

import (
	"testing"

	"github.com/open-attribution/poa/internal/oracle/oracletest"
	"github.com/open-attribution/poa/internal/oracle/proofsys"
)

// TestFullLoopWithRealProof is the whole loop with the real proof system: datanet → uploads →
// validator votes → training → registration → three paid inferences answered with attribution →
// the epoch settled with a gnark Groth16 proof verified on chain by the generated verifier → each
// contributor claims exactly the proven (and promised) amount.
func TestFullLoopWithRealProof(t *testing.T) {
	kit := oracletest.NewProofKit(t)
	w := newWorld(t, kit.DeployVerifier)
	// Three requests fit one batch of the circuit; its payout tree has the circuit's depth.
	runLoop(t, w, proofsys.New(kit.Keys, 1), 1, uint64(kit.Keys.Sizes.Contributions))
}
