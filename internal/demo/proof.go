package demo

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"time"

	gnarklog "github.com/consensys/gnark/logger"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	pchain "github.com/open-attribution/poa/internal/chain"
	"github.com/open-attribution/poa/internal/deploy"
	"github.com/open-attribution/poa/internal/proof"
	"github.com/open-attribution/poa/internal/proof/soliditygen"
)

// DemoSizes is the demo's settlement circuit: models of up to 8 contributions, batches of up to 8
// requests, one layer of features projected to 8 dimensions. Small, so that the setup takes a minute
// or two once (the keys are cached) and every proof seconds. The scripted run accepts 7 contributions
// and the browser test adds an 8th.
var DemoSizes = proof.Sizes{Contributions: 8, Batch: 8, Layers: []int{8}}

// ProofSetup is the proof system the demo runs with.
type ProofSetup struct {
	ProvingKey       string // key directory (the oracle's proving_key)
	Verifier         common.Address
	VerifyingKeyHash common.Hash
	MaxContributions int
	MaxBatch         int
	Describe         string
}

// setupProofs generates the Groth16 keys for DemoSizes (kept in cfg.ProofDir and reused while the
// sizes match: the setup is the slow part), compiles gnark's Solidity verifier for them with the
// Groth16ScoreVerifier adapter (solc-js), and deploys both from the deployer.
func setupProofs(ctx context.Context, cfg Config, rpcURL string, deployer Account, logf func(string, ...any)) (*ProofSetup, error) {
	gnarklog.Disable()
	dir := filepath.Join(cfg.ProofDir, fmt.Sprintf("n%d-m%d-d%v", DemoSizes.Contributions, DemoSizes.Batch, DemoSizes.Layers))
	sizes, vk, err := proof.LoadVerifyingKey(dir)
	if err != nil || sizes.Contributions != DemoSizes.Contributions || sizes.Batch != DemoSizes.Batch || !slices.Equal(sizes.Layers, DemoSizes.Layers) ||
		!exists(filepath.Join(dir, proof.PKFile)) || !exists(filepath.Join(dir, proof.CSFile)) {
		start := time.Now()
		logf("  generating Groth16 keys for %d contributions × %d requests (once; cached in %s)", DemoSizes.Contributions, DemoSizes.Batch, dir)
		keys, err := proof.Setup(DemoSizes)
		if err != nil {
			return nil, err
		}
		tmp := dir + ".tmp"
		if err := os.RemoveAll(tmp); err != nil {
			return nil, err
		}
		if err := keys.Write(tmp); err != nil {
			return nil, err
		}
		if err := os.RemoveAll(dir); err != nil {
			return nil, err
		}
		if err := os.Rename(tmp, dir); err != nil {
			return nil, err
		}
		sizes, vk = keys.Sizes, keys.VK
		logf("  %d constraints, setup took %.0f s", keys.CS.GetNbConstraints(), time.Since(start).Seconds())
	} else {
		logf("  reusing the Groth16 keys in %s", dir)
	}
	compiler, err := soliditygen.FindCompiler(cfg.Root)
	if err != nil {
		return nil, err
	}
	contracts, err := compiler.Build(ctx, vk)
	if err != nil {
		return nil, err
	}
	ch, err := Dial(ctx, rpcURL, deploy.Addresses{})
	if err != nil {
		return nil, err
	}
	defer ch.Close()
	sender := &pchain.Sender{Backend: ch.Client, Auth: bind.NewKeyedTransactor(deployer.Key, ch.ChainID), ABIs: deploy.ABIs()}
	d, err := soliditygen.Deploy(ctx, sender, contracts, sizes, vk)
	if err != nil {
		return nil, err
	}
	if d.Adapter == (common.Address{}) {
		return nil, errors.New("the verifier deployment returned no adapter address")
	}
	ps := &ProofSetup{ProvingKey: dir, Verifier: d.Adapter, VerifyingKeyHash: d.VerifyingKey, MaxContributions: sizes.Contributions,
		MaxBatch: sizes.Batch}
	desc, _ := json.Marshal(map[string]any{"sizes": sizes, "groth16Verifier": d.Groth16Verifier, "scoreVerifier": d.Adapter,
		"verifyingKeyHash": d.VerifyingKey})
	ps.Describe = string(desc)
	logf("  Groth16 verifier %s behind Groth16ScoreVerifier %s (verifying key %s)", d.Groth16Verifier.Hex(), d.Adapter.Hex(), d.VerifyingKey.Hex())
	return ps, nil
}

func exists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}
