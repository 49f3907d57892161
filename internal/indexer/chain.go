package indexer

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"golang.org/x/sync/errgroup"
)

// BlockRef is what the indexer keeps of a block: enough to detect that it was replaced.
type BlockRef struct {
	Number uint64
	Hash   common.Hash
	Parent common.Hash
	Time   uint64
}

// Chain is the node access the indexer needs.
type Chain interface {
	ChainID(ctx context.Context) (*big.Int, error)
	Head(ctx context.Context) (uint64, error)
	// Block returns a canonical block's ref; an error wrapping ethereum.NotFound past the head.
	Block(ctx context.Context, number uint64) (BlockRef, error)
	// Blocks returns the refs of from..to, in order.
	Blocks(ctx context.Context, from, to uint64) ([]BlockRef, error)
	Logs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
	Transaction(ctx context.Context, hash common.Hash) (*types.Transaction, error)
	// SubscribeHeads signals new heads (websocket); errNoSubscriptions over HTTP.
	SubscribeHeads(ctx context.Context, ch chan<- struct{}) (ethereum.Subscription, error)
	Close()
}

var errNoSubscriptions = errors.New("indexer: the node connection has no subscriptions (HTTP): polling")

// rpcChain talks JSON-RPC (HTTP or websocket). Block hashes come from the node's own answer, never
// recomputed from the decoded header, so a header field unknown to go-ethereum cannot make every
// block look reorganised.
type rpcChain struct {
	rc        *rpc.Client
	ec        *ethclient.Client
	websocket bool
}

// DialChain connects to a node at an http(s):// or ws(s):// URL.
func DialChain(ctx context.Context, url string) (Chain, error) {
	ws := strings.HasPrefix(url, "ws://") || strings.HasPrefix(url, "wss://")
	if !ws && !strings.HasPrefix(url, "http://") && !strings.HasPrefix(url, "https://") {
		return nil, fmt.Errorf("indexer: RPC URL %q must start with http(s):// or ws(s)://", url)
	}
	rc, err := rpc.DialContext(ctx, url)
	if err != nil {
		return nil, fmt.Errorf("indexer: connecting to %s: %w", url, err)
	}
	return &rpcChain{rc: rc, ec: ethclient.NewClient(rc), websocket: ws}, nil
}

func (c *rpcChain) Close() { c.rc.Close() }

func (c *rpcChain) ChainID(ctx context.Context) (*big.Int, error) { return c.ec.ChainID(ctx) }

func (c *rpcChain) Head(ctx context.Context) (uint64, error) { return c.ec.BlockNumber(ctx) }

type rpcBlock struct {
	Number     hexutil.Uint64 `json:"number"`
	Hash       common.Hash    `json:"hash"`
	ParentHash common.Hash    `json:"parentHash"`
	Timestamp  hexutil.Uint64 `json:"timestamp"`
}

func (b *rpcBlock) ref() BlockRef {
	return BlockRef{Number: uint64(b.Number), Hash: b.Hash, Parent: b.ParentHash, Time: uint64(b.Timestamp)}
}

func (c *rpcChain) Block(ctx context.Context, number uint64) (BlockRef, error) {
	var b *rpcBlock
	if err := c.rc.CallContext(ctx, &b, "eth_getBlockByNumber", hexutil.Uint64(number), false); err != nil {
		return BlockRef{}, fmt.Errorf("indexer: block %d: %w", number, err)
	}
	if b == nil {
		return BlockRef{}, fmt.Errorf("indexer: block %d: %w", number, ethereum.NotFound)
	}
	return b.ref(), nil
}

// Blocks asks for the range in JSON-RPC batches.
func (c *rpcChain) Blocks(ctx context.Context, from, to uint64) ([]BlockRef, error) {
	if to < from {
		return nil, nil
	}
	out := make([]BlockRef, 0, to-from+1)
	const batch = 100
	for start := from; start <= to; start += batch {
		end := min(to, start+batch-1)
		blocks := make([]*rpcBlock, end-start+1)
		elems := make([]rpc.BatchElem, len(blocks))
		for i := range elems {
			elems[i] = rpc.BatchElem{Method: "eth_getBlockByNumber",
				Args: []any{hexutil.Uint64(start + uint64(i)), false}, Result: &blocks[i]}
		}
		if err := c.rc.BatchCallContext(ctx, elems); err != nil {
			return nil, fmt.Errorf("indexer: blocks %d..%d: %w", start, end, err)
		}
		for i, e := range elems {
			if e.Error != nil {
				return nil, fmt.Errorf("indexer: block %d: %w", start+uint64(i), e.Error)
			}
			if blocks[i] == nil {
				return nil, fmt.Errorf("indexer: block %d: %w", start+uint64(i), ethereum.NotFound)
			}
			out = append(out, blocks[i].ref())
		}
	}
	return out, nil
}

func (c *rpcChain) Logs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	return c.ec.FilterLogs(ctx, q)
}

func (c *rpcChain) Transaction(ctx context.Context, hash common.Hash) (*types.Transaction, error) {
	tx, _, err := c.ec.TransactionByHash(ctx, hash)
	return tx, err
}

func (c *rpcChain) SubscribeHeads(ctx context.Context, ch chan<- struct{}) (ethereum.Subscription, error) {
	if !c.websocket {
		return nil, errNoSubscriptions
	}
	return subscribeHeads(ctx, c.ec, ch)
}

// ClientBackend is what go-ethereum's simulated backend client (and ethclient) offer.
type ClientBackend interface {
	ChainID(ctx context.Context) (*big.Int, error)
	BlockNumber(ctx context.Context) (uint64, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
	TransactionByHash(ctx context.Context, hash common.Hash) (*types.Transaction, bool, error)
	SubscribeNewHead(ctx context.Context, ch chan<- *types.Header) (ethereum.Subscription, error)
}

// clientChain adapts a ClientBackend; headers are go-ethereum's own, so their computed hash is exact.
type clientChain struct{ c ClientBackend }

// NewClientChain indexes through a go-ethereum client, such as the simulated backend's.
func NewClientChain(c ClientBackend) Chain { return clientChain{c} }

func (c clientChain) Close() {}

func (c clientChain) ChainID(ctx context.Context) (*big.Int, error) { return c.c.ChainID(ctx) }

func (c clientChain) Head(ctx context.Context) (uint64, error) { return c.c.BlockNumber(ctx) }

func (c clientChain) Block(ctx context.Context, number uint64) (BlockRef, error) {
	h, err := c.c.HeaderByNumber(ctx, new(big.Int).SetUint64(number))
	if err != nil {
		return BlockRef{}, fmt.Errorf("indexer: block %d: %w", number, err)
	}
	if h == nil {
		return BlockRef{}, fmt.Errorf("indexer: block %d: %w", number, ethereum.NotFound)
	}
	return BlockRef{Number: h.Number.Uint64(), Hash: h.Hash(), Parent: h.ParentHash, Time: h.Time}, nil
}

func (c clientChain) Blocks(ctx context.Context, from, to uint64) ([]BlockRef, error) {
	if to < from {
		return nil, nil
	}
	out := make([]BlockRef, to-from+1)
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(8)
	for i := range out {
		g.Go(func() (err error) {
			out[i], err = c.Block(gctx, from+uint64(i))
			return err
		})
	}
	return out, g.Wait()
}

func (c clientChain) Logs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	return c.c.FilterLogs(ctx, q)
}

func (c clientChain) Transaction(ctx context.Context, hash common.Hash) (*types.Transaction, error) {
	tx, _, err := c.c.TransactionByHash(ctx, hash)
	return tx, err
}

func (c clientChain) SubscribeHeads(ctx context.Context, ch chan<- struct{}) (ethereum.Subscription, error) {
	return subscribeHeads(ctx, c.c, ch)
}

// subscribeHeads turns newHeads notifications into wake-ups; the indexer reads blocks itself, so a
// dropped or coalesced notification costs nothing but a poll interval.
func subscribeHeads(ctx context.Context, c interface {
	SubscribeNewHead(context.Context, chan<- *types.Header) (ethereum.Subscription, error)
}, wake chan<- struct{}) (ethereum.Subscription, error) {
	heads := make(chan *types.Header, 16)
	sub, err := c.SubscribeNewHead(ctx, heads)
	if err != nil {
		return nil, err
	}
	go func() {
		for {
			select {
			case <-heads:
				select {
				case wake <- struct{}{}:
				default:
				}
			case <-sub.Err():
				return
			case <-ctx.Done():
				return
			}
		}
	}()
	return sub, nil
}
