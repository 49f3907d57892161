package daemon_test

import (
	"context"
	"encoding/binary"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/open-attribution/poa/bindings/rewardvault"
	"github.com/open-attribution/poa/bindings/testonly/testscoreverifier"
	"github.com/open-attribution/poa/internal/influence"
	"github.com/open-attribution/poa/internal/oracle/attribution"
	"github.com/open-attribution/poa/internal/oracle/compute"
	"github.com/open-attribution/poa/internal/oracle/inference"
	"github.com/open-attribution/poa/internal/oracle/oracletest"
	"github.com/open-attribution/poa/internal/payout"
)

// keccakProofSystem is a TEST-ONLY proof system: it computes the settlement exactly as the circuit
// specifies (fixed-point DataInf per request, positive-part split of each contributor share,
// cumulative payout tree) and "proves" it for the test-only TestScoreVerifier, which accepts
// keccak256 of the public inputs. It lets the daemon's tests exercise every state of settlement in
// seconds; the full loop with a real gnark proof is in cmd/oracle.
type keccakProofSystem struct {
	w        *oracletest.World
	maxBatch int
	maxN     int // 0: 8
}

var _ compute.ProofSystem = (*keccakProofSystem)(nil)

func (p *keccakProofSystem) Projector() influence.Projector {
	return influence.Projector{Seed: 7, Dim: 8}
}
func (p *keccakProofSystem) Layers() []int { return []int{8} }
func (p *keccakProofSystem) MaxContributions() int {
	if p.maxN == 0 {
		return 8
	}
	return p.maxN
}
func (p *keccakProofSystem) MaxBatch() int { return p.maxBatch }
func (p *keccakProofSystem) Describe() map[string]any {
	return map[string]any{"kind": "test-only keccak", "maxContributions": 8, "featureDim": 8, "maxBatch": p.maxBatch}
}

func hashRows(tag string, rows [][]int64) common.Hash {
	buf := []byte(tag)
	for _, r := range rows {
		for _, x := range r {
			buf = binary.BigEndian.AppendUint64(buf, uint64(x))
		}
	}
	return crypto.Keccak256Hash(buf)
}

func (p *keccakProofSystem) GradientCommitment(accounts []common.Address, rows [][]int64) (common.Hash, error) {
	buf := []byte{}
	for _, a := range accounts {
		buf = append(buf, a.Bytes()...)
	}
	return crypto.Keccak256Hash(buf, hashRows("gradients", rows).Bytes()), nil
}

func (p *keccakProofSystem) Prove(ctx context.Context, job *compute.ProofJob) (*compute.ProofResult, error) {
	n := len(job.Features)
	res := &compute.ProofResult{Distributed: new(big.Int)}
	for k := 0; k < n; k++ {
		c := new(big.Int)
		if job.Previous != nil {
			c.Set(job.Previous[k])
		}
		res.Cumulative = append(res.Cumulative, c)
	}
	for i, q := range job.Queries {
		share := inference.ContributorShare(job.Fees[i], job.ContributorsBps)
		att, err := influence.FixedAttribute(ctx, attribution.Input(job.Features, q, nil), share)
		if err != nil {
			return nil, err
		}
		res.Scores = append(res.Scores, att.Scores)
		res.Shares = append(res.Shares, att.Shares)
		for k, s := range att.Shares {
			res.Cumulative[k].Add(res.Cumulative[k], s)
			res.Distributed.Add(res.Distributed, s)
		}
	}
	var leaves []payout.Leaf
	for k, c := range res.Cumulative {
		leaves = append(leaves, payout.Leaf{Index: uint64(k), Account: job.Accounts[k], Cumulative: c})
	}
	tree, err := payout.Build(payout.DepthFor(uint64(n)), leaves)
	if err != nil {
		return nil, err
	}
	res.NewRoot = tree.Root()
	res.InferenceCommitment = hashRows("inferences", job.Queries)
	ids := make([]*big.Int, len(job.RequestIDs))
	for i, id := range job.RequestIDs {
		ids[i] = new(big.Int).SetUint64(id)
	}
	st := rewardvault.IRewardVaultSettlement{ModelId: new(big.Int).SetUint64(job.ModelID), Epoch: job.Epoch, RequestIds: ids,
		InferenceCommitment: res.InferenceCommitment, NewPayoutRoot: res.NewRoot, Distributed: res.Distributed}
	inputs, err := bind.Call(p.w.VaultC, nil, p.w.Vault.PackPublicInputs(st), p.w.Vault.UnpackPublicInputs)
	if err != nil {
		return nil, fmt.Errorf("public inputs: %w", err)
	}
	v := testscoreverifier.NewTestScoreVerifier()
	res.Proof, err = bind.Call(v.Instance(p.w.Anvil.Client, p.w.Verifier), nil, v.PackProofFor(inputs), v.UnpackProofFor)
	return res, err
}
