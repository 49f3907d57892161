// Package publish defines the settlement-batch document the oracle publishes next to each on-chain
// settlement: the model's full cumulative payout tree after the batch and the attribution of every
// inference in it. The oracle writes it (WriteFile); the indexer fetches it (Source), checks it
// against the chain (Check) and serves it: wallets need the tree to build claim proofs, voters need
// the attribution to audit the oracle. docs/indexer.md describes the format.
package publish

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"regexp"
	"sort"

	"github.com/ethereum/go-ethereum/common"

	"github.com/open-attribution/poa/internal/payout"
)

// Version is the format version this package reads and writes.
const Version = 1

// MaxDepth bounds a document's tree depth: 2^20 leaves is far past any circuit's capacity, and the
// bound keeps a hostile document from making the indexer build a huge tree.
const MaxDepth = 20

// Batch is one published settlement batch.
type Batch struct {
	Version     int            `json:"version"`
	ChainID     uint64         `json:"chainId"`
	RewardVault common.Address `json:"rewardVault"`
	ModelID     uint64         `json:"modelId"`
	BatchID     uint64         `json:"batchId"`
	Epoch       uint64         `json:"epoch"`
	// PayoutRoot is the root the oracle settled with (Settled.newPayoutRoot); Check rebuilds it.
	PayoutRoot common.Hash `json:"payoutRoot"`
	// Depth is the payout tree's depth (2^depth positions). The prover fixes it (its circuit's
	// contribution capacity), so it can exceed what the model's contribution count needs.
	Depth int `json:"depth"`
	// Leaves is the model's whole cumulative payout tree after this batch, one entry per non-empty
	// position, in index order. Positions not listed hold the zero leaf.
	Leaves []Leaf `json:"leaves"`
	// Requests is the attribution of each inference request the batch settled.
	Requests []Attribution `json:"requests"`
}

// Leaf is a payout-tree leaf: the contribution at accepted index Index, its contributor, and
// everything ever owed to it for the model (wei of OPEN).
type Leaf struct {
	Index      uint64         `json:"index"`
	Account    common.Address `json:"account"`
	Cumulative Amount         `json:"cumulative"`
}

// Attribution is what one paid inference was attributed to.
type Attribution struct {
	RequestID uint64      `json:"requestId"`
	InputHash common.Hash `json:"inputHash"`
	// Prediction is the model's answer, as the oracle returned it to the requester.
	Prediction string `json:"prediction"`
	// Scores are the influence scores of the contributions (by accepted index), as signed decimal
	// strings; contributions not listed scored zero.
	Scores []Score `json:"scores"`
	// FeeShares are the wei of this request's contributors' share paid to each contribution.
	FeeShares []FeeShare `json:"feeShares"`
}

// Score is one contribution's influence on one inference.
type Score struct {
	Index uint64 `json:"index"`
	Value string `json:"value"`
}

// FeeShare is one contribution's part of one inference's fee.
type FeeShare struct {
	Index  uint64 `json:"index"`
	Amount Amount `json:"amount"`
}

// Amount is a wei amount written as a decimal string (JSON numbers lose precision past 2^53).
type Amount struct{ *big.Int }

// NewAmount wraps x.
func NewAmount(x *big.Int) Amount { return Amount{new(big.Int).Set(x)} }

// MarshalJSON writes the decimal string.
func (a Amount) MarshalJSON() ([]byte, error) {
	if a.Int == nil {
		return []byte(`"0"`), nil
	}
	return json.Marshal(a.Int.String())
}

// UnmarshalJSON reads a decimal string in [0, 2^256).
func (a *Amount) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("amount must be a decimal string: %w", err)
	}
	x, ok := new(big.Int).SetString(s, 10)
	if !ok || !decimalDigits.MatchString(s) || x.BitLen() > 256 {
		return fmt.Errorf("amount %q is not an unsigned decimal integer below 2^256", s)
	}
	a.Int = x
	return nil
}

var (
	decimalDigits = regexp.MustCompile(`^[0-9]+$`)
	scoreValue    = regexp.MustCompile(`^-?[0-9]+(\.[0-9]+)?$`)
)

// MaxPredictionBytes bounds one prediction; a document is data to serve, not a file store.
const MaxPredictionBytes = 64 << 10

// Parse decodes a document, refusing unknown fields (a typo must not silently drop data) and
// documents that fail Validate.
func Parse(data []byte) (*Batch, error) {
	var b Batch
	if err := decodeStrict(data, &b, "batch document"); err != nil {
		return nil, err
	}
	if err := b.Validate(); err != nil {
		return nil, err
	}
	return &b, nil
}

// Validate checks what a document must satisfy on its own, before it is compared with the chain.
func (b *Batch) Validate() error {
	if b.Version != Version {
		return fmt.Errorf("publish: unsupported version %d (this build reads %d)", b.Version, Version)
	}
	if b.ModelID == 0 {
		return errors.New("publish: modelId must be set (ids start at 1)")
	}
	if b.Depth < 1 || b.Depth > MaxDepth {
		return fmt.Errorf("publish: depth %d out of range 1..%d", b.Depth, MaxDepth)
	}
	for i, l := range b.Leaves {
		if l.Cumulative.Int == nil {
			return fmt.Errorf("publish: leaf %d has no cumulative amount", l.Index)
		}
		if i > 0 && l.Index <= b.Leaves[i-1].Index {
			return fmt.Errorf("publish: leaves must be in strictly increasing index order (index %d after %d)",
				l.Index, b.Leaves[i-1].Index)
		}
	}
	seen := map[uint64]bool{}
	for _, r := range b.Requests {
		if seen[r.RequestID] {
			return fmt.Errorf("publish: request %d attributed twice", r.RequestID)
		}
		seen[r.RequestID] = true
		if len(r.Prediction) > MaxPredictionBytes {
			return fmt.Errorf("publish: request %d: prediction of %d bytes exceeds %d", r.RequestID, len(r.Prediction), MaxPredictionBytes)
		}
		for _, s := range r.Scores {
			if !scoreValue.MatchString(s.Value) {
				return fmt.Errorf("publish: request %d: score %q of index %d is not a decimal number", r.RequestID, s.Value, s.Index)
			}
		}
		for _, f := range r.FeeShares {
			if f.Amount.Int == nil {
				return fmt.Errorf("publish: request %d: fee share of index %d has no amount", r.RequestID, f.Index)
			}
		}
	}
	return nil
}

// OnChain is what the chain says about a settled batch: the Settled event and the model.
type OnChain struct {
	ChainID           uint64
	RewardVault       common.Address
	ModelID           uint64
	BatchID           uint64
	Epoch             uint64
	NewPayoutRoot     common.Hash
	RequestIDs        []uint64
	ContributionCount uint64 // the model's leaf count: fixes the tree depth
	// InputHashes are the requests' on-chain input hashes; a request missing here is not checked.
	InputHashes map[uint64]common.Hash
}

// MismatchError says which field of a document disagrees with the chain.
type MismatchError struct {
	ModelID, BatchID uint64
	Field            string
	Published        string
	OnChain          string
}

func (e *MismatchError) Error() string {
	return fmt.Sprintf("publish: model %d batch %d: %s is %s in the document but %s on chain",
		e.ModelID, e.BatchID, e.Field, e.Published, e.OnChain)
}

// Check verifies a document against the chain. Above all the payout root rebuilt from the leaves
// (through internal/payout, at the document's depth) must equal the batch's
// on-chain newPayoutRoot: that is what makes the proofs served from this document claimable.
func (b *Batch) Check(c OnChain) error {
	mismatch := func(field string, published, onChain any) error {
		return &MismatchError{ModelID: c.ModelID, BatchID: c.BatchID, Field: field,
			Published: fmt.Sprint(published), OnChain: fmt.Sprint(onChain)}
	}
	if err := b.Validate(); err != nil {
		return err
	}
	switch {
	case b.ChainID != c.ChainID:
		return mismatch("chainId", b.ChainID, c.ChainID)
	case b.RewardVault != c.RewardVault:
		return mismatch("rewardVault", b.RewardVault.Hex(), c.RewardVault.Hex())
	case b.ModelID != c.ModelID:
		return mismatch("modelId", b.ModelID, c.ModelID)
	case b.BatchID != c.BatchID:
		return mismatch("batchId", b.BatchID, c.BatchID)
	case b.Epoch != c.Epoch:
		return mismatch("epoch", b.Epoch, c.Epoch)
	case b.PayoutRoot != c.NewPayoutRoot:
		return mismatch("payoutRoot", b.PayoutRoot.Hex(), c.NewPayoutRoot.Hex())
	}
	if c.ContributionCount == 0 {
		return fmt.Errorf("publish: model %d has no contributions on chain", c.ModelID)
	}
	for _, l := range b.Leaves {
		if l.Index >= c.ContributionCount {
			return mismatch(fmt.Sprintf("leaf index %d", l.Index), l.Index, fmt.Sprintf("a model of %d contributions", c.ContributionCount))
		}
	}
	if need := payout.DepthFor(c.ContributionCount); b.Depth < need {
		return mismatch("depth", b.Depth, fmt.Sprintf("at least %d for %d contributions", need, c.ContributionCount))
	}
	root, err := b.RebuildRoot()
	if err != nil {
		return err
	}
	if root != c.NewPayoutRoot {
		return mismatch("payout root rebuilt from the leaves", root.Hex(), c.NewPayoutRoot.Hex())
	}
	want := append([]uint64(nil), c.RequestIDs...)
	got := make([]uint64, 0, len(b.Requests))
	for _, r := range b.Requests {
		got = append(got, r.RequestID)
		if h, ok := c.InputHashes[r.RequestID]; ok && h != r.InputHash {
			return mismatch(fmt.Sprintf("inputHash of request %d", r.RequestID), r.InputHash.Hex(), h.Hex())
		}
		for _, s := range r.Scores {
			if s.Index >= c.ContributionCount {
				return mismatch(fmt.Sprintf("score index of request %d", r.RequestID), s.Index, fmt.Sprintf("a model of %d contributions", c.ContributionCount))
			}
		}
		for _, f := range r.FeeShares {
			if f.Index >= c.ContributionCount {
				return mismatch(fmt.Sprintf("fee share index of request %d", r.RequestID), f.Index, fmt.Sprintf("a model of %d contributions", c.ContributionCount))
			}
		}
	}
	sort.Slice(want, func(i, j int) bool { return want[i] < want[j] })
	sort.Slice(got, func(i, j int) bool { return got[i] < got[j] })
	if fmt.Sprint(got) != fmt.Sprint(want) {
		return mismatch("attributed request ids", got, want)
	}
	return nil
}

// Tree builds the document's payout tree.
func (b *Batch) Tree() (*payout.Tree, error) {
	leaves := make([]payout.Leaf, len(b.Leaves))
	for i, l := range b.Leaves {
		leaves[i] = payout.Leaf{Index: l.Index, Account: l.Account, Cumulative: l.Cumulative.Int}
	}
	t, err := payout.Build(b.Depth, leaves)
	if err != nil {
		return nil, fmt.Errorf("publish: model %d batch %d: %w", b.ModelID, b.BatchID, err)
	}
	return t, nil
}

// RebuildRoot is the root of Tree.
func (b *Batch) RebuildRoot() (common.Hash, error) {
	t, err := b.Tree()
	if err != nil {
		return common.Hash{}, err
	}
	return t.Root(), nil
}
