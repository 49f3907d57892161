package graph

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/uptrace/bun"

	"github.com/open-attribution/poa/internal/indexer/schema"
	"github.com/open-attribution/poa/internal/store"
)

// The settlement's public inputs as RewardVault._publicInputs builds them. Voters check proofs
// against this field, so it must be the vector the verifier was given, word for word: a rebuilt
// vector that does not add up to the settlement's own totals is an error, never an answer.

const (
	fixedInputWords = 12     // chainId … distributed, then the request-id digest
	shareBits       = 96     // each request's contributor share fits a uint96 fee
	bpsDenominator  = 10_000 // RewardVault.BPS
)

// publicInputs rebuilds the vector the vault passed to the verifier for a batch of M requests:
//
//	0 chainId, 1 vault, 2 modelId, 3 batchId, 4 gradientCommitment, 5 inferenceCommitment,
//	6 feeTotal, 7 contributorShare, 8 previousPayoutRoot, 9 newPayoutRoot, 10 distributed,
//	11 uint256(keccak256(abi.encodePacked(requestIds))) >> 3,
//	12 … 11+ceil(M/2): request i's contributor share (fee · contributorsBps / 10000, under the fee
//	split in force at the settlement) at bit 96·(i mod 2) of word 12 + i/2,
//
// with the requests in the Settled event's order.
func (r *Resolver) publicInputs(ctx context.Context, s *schema.Settlement) ([]*store.Numeric, error) {
	d, err := r.deployment(ctx)
	if err != nil {
		return nil, err
	}
	m, err := must(r.modelByID(ctx, s.ModelID))
	if err != nil {
		return nil, err
	}
	var ids []int64
	if err := json.Unmarshal([]byte(s.RequestIDs), &ids); err != nil {
		return nil, r.internal(ctx, "settlement request ids", err)
	}
	split, err := r.feeSplitAt(ctx, s)
	if err != nil {
		return nil, err
	}
	fees, err := r.requestFees(ctx, s, ids)
	if err != nil {
		return nil, err
	}
	shares, err := requestShares(s, fees, split.ContributorsBps)
	if err != nil {
		return nil, r.internal(ctx, "settlement public inputs", err)
	}
	word := func(hex string) *big.Int { return new(big.Int).SetBytes(common.FromHex(hex)) }
	packed := packShares(shares)
	vals := make([]*big.Int, 0, fixedInputWords+len(packed))
	vals = append(vals, big.NewInt(d.chainID), word(d.vault), big.NewInt(s.ModelID), big.NewInt(s.BatchID),
		word(m.GradientCommitment), word(s.InferenceCommitment), s.FeeTotal.Big(), s.ContributorShare.Big(),
		word(s.PreviousPayoutRoot), word(s.NewPayoutRoot), s.Distributed.Big(), requestsDigest(ids))
	vals = append(vals, packed...)
	out := make([]*store.Numeric, len(vals))
	for i, v := range vals {
		n, err := store.NewNumeric(v)
		if err != nil {
			return nil, r.internal(ctx, fmt.Sprintf("public input %d", i), err)
		}
		out[i] = &n
	}
	return out, nil
}

// feeSplitAt is the vault's fee split in force when the settlement's transaction ran: the last
// FeeSplitUpdated before its Settled log (no split can change inside settle itself).
func (r *Resolver) feeSplitAt(ctx context.Context, s *schema.Settlement) (*schema.FeeSplit, error) {
	split, err := one(ctx, r, "fee split", func(f *schema.FeeSplit) *bun.SelectQuery {
		return r.db.NewSelect().Model(f).
			Where("block_number < ? OR (block_number = ? AND log_index < ?)", s.BlockNumber, s.BlockNumber, s.LogIndex).
			Order("block_number DESC", "log_index DESC")
	})
	if err != nil {
		return nil, err
	}
	if split == nil {
		// Only when indexing started after the vault's deployment and every change before the batch.
		return nil, fmt.Errorf("settlement %d:%d: the vault's fee split at block %d is not indexed "+
			"(indexing started after the vault was deployed?)", s.ModelID, s.BatchID, s.BlockNumber)
	}
	return split, nil
}

// requestFees returns the fees of the settlement's requests, in the settlement's order.
func (r *Resolver) requestFees(ctx context.Context, s *schema.Settlement, ids []int64) ([]*big.Int, error) {
	var rows []schema.InferenceRequest
	if len(ids) > 0 {
		if err := r.db.NewSelect().Model(&rows).Column("id", "fee").Where("id IN (?)", bun.In(ids)).Scan(ctx); err != nil {
			return nil, r.internal(ctx, "settlement request fees", err)
		}
	}
	byID := make(map[int64]*big.Int, len(rows))
	for _, row := range rows {
		byID[row.ID] = row.Fee.Big()
	}
	fees := make([]*big.Int, len(ids))
	for i, id := range ids {
		if fees[i] = byID[id]; fees[i] == nil {
			return nil, fmt.Errorf("settlement %d:%d: request %d is not indexed (indexing started after it was paid?)",
				s.ModelID, s.BatchID, id)
		}
	}
	return fees, nil
}

// requestShares computes each request's contributor share as RewardVault._tally does, and checks
// them against the settlement's own totals (from its Settled and SettlementSplit events).
func requestShares(s *schema.Settlement, fees []*big.Int, contributorsBps int64) ([]*big.Int, error) {
	feeTotal, shareTotal := new(big.Int), new(big.Int)
	shares := make([]*big.Int, len(fees))
	for i, fee := range fees {
		shares[i] = new(big.Int).Mul(fee, big.NewInt(contributorsBps))
		shares[i].Quo(shares[i], big.NewInt(bpsDenominator))
		feeTotal.Add(feeTotal, fee)
		shareTotal.Add(shareTotal, shares[i])
	}
	if feeTotal.Cmp(s.FeeTotal.Big()) != 0 || shareTotal.Cmp(s.ContributorShare.Big()) != 0 {
		return nil, fmt.Errorf("settlement %d:%d: its requests' fees add up to %s and contributor shares "+
			"(at %d bps) to %s, the settlement says %s and %s", s.ModelID, s.BatchID, feeTotal, contributorsBps,
			shareTotal, s.FeeTotal, s.ContributorShare)
	}
	return shares, nil
}

// requestsDigest is uint256(keccak256(abi.encodePacked(uint256[] requestIds))) >> 3: shifted
// below the BN254 field order, as the verifier takes only field elements.
func requestsDigest(ids []int64) *big.Int {
	packed := make([]byte, 32*len(ids))
	for i, id := range ids {
		big.NewInt(id).FillBytes(packed[32*i : 32*(i+1)])
	}
	return new(big.Int).Rsh(new(big.Int).SetBytes(crypto.Keccak256(packed)), 3)
}

// packShares puts two shares per word: request i at bit 96·(i mod 2) of word i/2.
func packShares(shares []*big.Int) []*big.Int {
	words := make([]*big.Int, (len(shares)+1)/2)
	for i := range words {
		words[i] = new(big.Int)
	}
	for i, sh := range shares {
		words[i/2].Or(words[i/2], new(big.Int).Lsh(sh, uint(shareBits*(i&1))))
	}
	return words
}
