package main

import (
	"context"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/open-attribution/poa/internal/chain"
	"github.com/open-attribution/poa/internal/oracle/oracletest"
)

// proofKit is the real proof system of the integration tests: a key directory for a small circuit
// and the on-chain Groth16 verifier for it.
type proofKit struct {
	provingKey     string
	treeSize       uint64 // the circuit's N, which fixes the payout tree's depth
	deployVerifier func(ctx context.Context, s *chain.Sender) (common.Address, error)
}

func newProofKit(t *testing.T) *proofKit {
	k := oracletest.NewProofKit(t)
	return &proofKit{provingKey: k.Dir, treeSize: uint64(k.Keys.Sizes.Contributions), deployVerifier: k.DeployVerifier}
}
