package indexer

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"golang.org/x/sync/errgroup"
)

// segment is a range of blocks fetched and decoded, ready to apply in one transaction.
type segment struct {
	from, to uint64
	// tip segments lie in the unfinalized window: the ref of every block is checked against its
	// parent and kept, and every change is journaled. Backfill segments lie below it and keep only
	// the ref of their last block, the anchor the next segment's parent is checked against.
	tip    bool
	refs   []BlockRef
	logs   []decodedLog
	proofs map[common.Hash][]byte
}

func (s *segment) last() BlockRef { return s.refs[len(s.refs)-1] }

// errChainMoved means the chain changed while a segment was being read; reading it again fixes it.
var errChainMoved = errors.New("indexer: the chain changed while the segment was read")

func (ix *Indexer) fetchSegment(ctx context.Context, from, to uint64, tip bool) (*segment, error) {
	seg := &segment{from: from, to: to, tip: tip, proofs: map[common.Hash][]byte{}}
	var err error
	if tip {
		if seg.refs, err = ix.chain.Blocks(ctx, from, to); err != nil {
			return nil, err
		}
		for i := 1; i < len(seg.refs); i++ {
			if seg.refs[i].Parent != seg.refs[i-1].Hash {
				return nil, fmt.Errorf("%w: block %d does not extend block %d", errChainMoved, seg.refs[i].Number, seg.refs[i-1].Number)
			}
		}
	} else {
		ref, err := ix.chain.Block(ctx, to)
		if err != nil {
			return nil, err
		}
		seg.refs = []BlockRef{ref}
	}
	logs, err := ix.logs(ctx, from, to, 0)
	if err != nil {
		return nil, err
	}
	byNumber := map[uint64]BlockRef{}
	for _, r := range seg.refs {
		byNumber[r.Number] = r
	}
	if err := ix.fillTimes(ctx, logs, byNumber); err != nil {
		return nil, err
	}
	seg.logs = make([]decodedLog, 0, len(logs))
	var settleTxs []common.Hash
	for _, l := range logs {
		if l.Removed {
			return nil, fmt.Errorf("%w: removed log in block %d", errChainMoved, l.BlockNumber)
		}
		if ref, ok := byNumber[l.BlockNumber]; ok && ref.Hash != l.BlockHash {
			return nil, fmt.Errorf("%w: log of block %d is from block %s, not %s", errChainMoved, l.BlockNumber, l.BlockHash, ref.Hash)
		}
		d, ok, err := ix.dec.decode(l)
		if err != nil {
			return nil, err
		}
		if !ok {
			continue
		}
		if d.contract == contractVault && d.name == "Settled" {
			settleTxs = append(settleTxs, l.TxHash)
		}
		seg.logs = append(seg.logs, d)
	}
	for _, h := range settleTxs {
		tx, err := ix.chain.Transaction(ctx, h)
		if err != nil {
			return nil, fmt.Errorf("indexer: settlement transaction %s: %w", h, err)
		}
		if proof, ok := ix.dec.settleProof(tx.To(), ix.cfg.Addresses.RewardVault, tx.Data()); ok {
			seg.proofs[h] = proof
		}
	}
	return seg, nil
}

// logs reads the suite's logs of a range, halving the range when the node refuses it (providers cap
// the blocks or results of one eth_getLogs).
func (ix *Indexer) logs(ctx context.Context, from, to uint64, depth int) ([]types.Log, error) {
	q := ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to),
		Addresses: ix.dec.addresses}
	logs, err := ix.chain.Logs(ctx, q)
	if err == nil {
		return logs, nil
	}
	if ctx.Err() != nil || to == from || depth >= 16 {
		return nil, fmt.Errorf("indexer: logs of blocks %d..%d: %w", from, to, err)
	}
	mid := from + (to-from)/2
	ix.log.Debug("splitting a log range the node refused", "from", from, "to", to, "err", err)
	left, err := ix.logs(ctx, from, mid, depth+1)
	if err != nil {
		return nil, err
	}
	right, err := ix.logs(ctx, mid+1, to, depth+1)
	if err != nil {
		return nil, err
	}
	return append(left, right...), nil
}

// fillTimes sets the block time of logs whose node did not send one (blockTimestamp is recent).
func (ix *Indexer) fillTimes(ctx context.Context, logs []types.Log, known map[uint64]BlockRef) error {
	var need []uint64
	seen := map[uint64]bool{}
	for _, l := range logs {
		if l.BlockTimestamp == 0 && !seen[l.BlockNumber] {
			if _, ok := known[l.BlockNumber]; !ok {
				need = append(need, l.BlockNumber)
			}
			seen[l.BlockNumber] = true
		}
	}
	times := make(map[uint64]BlockRef, len(need))
	refs := make([]BlockRef, len(need))
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(8)
	for i, n := range need {
		g.Go(func() (err error) {
			refs[i], err = ix.chain.Block(gctx, n)
			return err
		})
	}
	if err := g.Wait(); err != nil {
		return err
	}
	for _, r := range refs {
		times[r.Number] = r
	}
	for i := range logs {
		if logs[i].BlockTimestamp != 0 {
			continue
		}
		if r, ok := known[logs[i].BlockNumber]; ok {
			logs[i].BlockTimestamp = r.Time
		} else if r, ok := times[logs[i].BlockNumber]; ok {
			if r.Hash != logs[i].BlockHash {
				return fmt.Errorf("%w: block %d changed while its logs were read", errChainMoved, r.Number)
			}
			logs[i].BlockTimestamp = r.Time
		}
	}
	return nil
}
