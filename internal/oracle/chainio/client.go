// Package chainio is the oracle's connection to the chain: an ethclient that redials and retries with
// exponential back-off and full jitter when the endpoint is unreachable, so a restarted or briefly
// unreachable node costs latency, never a lost request. Only transport failures are retried: an
// answer from the node (a revert, "not found", a JSON-RPC error) is returned as is.
package chainio

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"math/rand/v2"
	"net/http"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
)

// Backoff is the delay policy between attempts: attempt k waits a uniformly random duration in
// [0, min(Max, Min·2^k)] ("full jitter").
type Backoff struct {
	Min, Max time.Duration
}

// Delay is the wait before retry number attempt (0-based), drawn with r.
func (b Backoff) Delay(attempt int, r *rand.Rand) time.Duration {
	ceil := b.Min
	for i := 0; i < attempt && ceil < b.Max; i++ {
		ceil *= 2
	}
	ceil = min(ceil, b.Max)
	if ceil <= 0 {
		return 0
	}
	return time.Duration(r.Int64N(int64(ceil) + 1))
}

// Hooks observe the connection (metrics); any may be nil.
type Hooks struct {
	OnError     func(err error)
	OnReconnect func()
	OnSuccess   func()
}

// Client is a reconnecting chain client. It implements bind.ContractBackend and bind.DeployBackend
// (chain.Backend), so contract bindings use it directly. Safe for concurrent use.
type Client struct {
	url     string
	backoff Backoff
	logger  *slog.Logger
	hooks   Hooks

	mu   sync.Mutex
	ec   *ethclient.Client
	rc   *rpc.Client
	rng  *rand.Rand
	down bool
}

// New returns a client for url; it connects on first use.
func New(url string, backoff Backoff, logger *slog.Logger, hooks Hooks) *Client {
	if backoff.Min <= 0 {
		backoff.Min = 100 * time.Millisecond
	}
	if backoff.Max < backoff.Min {
		backoff.Max = backoff.Min
	}
	return &Client{url: url, backoff: backoff, logger: logger, hooks: hooks,
		rng: rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 0x6f7261636c65))}
}

// URL is the endpoint.
func (c *Client) URL() string { return c.url }

// Close drops the connection.
func (c *Client) Close() {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.rc != nil {
		c.rc.Close()
		c.ec, c.rc = nil, nil
	}
}

func (c *Client) conn(ctx context.Context) (*ethclient.Client, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.ec != nil {
		return c.ec, nil
	}
	rc, err := rpc.DialContext(ctx, c.url)
	if err != nil {
		return nil, fmt.Errorf("dialing %s: %w", c.url, err)
	}
	c.rc, c.ec = rc, ethclient.NewClient(rc)
	return c.ec, nil
}

// drop forgets a connection that failed so the next attempt redials.
func (c *Client) drop(ec *ethclient.Client) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.ec == ec && c.rc != nil {
		c.rc.Close()
		c.ec, c.rc = nil, nil
	}
}

func (c *Client) delay(attempt int) time.Duration {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.backoff.Delay(attempt, c.rng)
}

// Retryable reports whether err is a transport failure worth retrying (the node did not answer).
func Retryable(err error) bool {
	if err == nil || errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) ||
		errors.Is(err, ethereum.NotFound) {
		return false
	}
	var rpcErr rpc.Error
	if errors.As(err, &rpcErr) {
		return false
	}
	var dataErr rpc.DataError
	if errors.As(err, &dataErr) {
		return false
	}
	var httpErr rpc.HTTPError
	if errors.As(err, &httpErr) {
		return httpErr.StatusCode >= 500 || httpErr.StatusCode == http.StatusTooManyRequests
	}
	return true
}

// Do runs fn with a connected client, redialling and retrying with back-off while the failure is a
// transport failure, until ctx ends.
func (c *Client) Do(ctx context.Context, op string, fn func(ctx context.Context, ec *ethclient.Client) error) error {
	for attempt := 0; ; attempt++ {
		ec, err := c.conn(ctx)
		if err == nil {
			err = fn(ctx, ec)
			if err == nil || !Retryable(err) {
				c.up()
				return err
			}
			c.drop(ec)
		}
		if ctx.Err() != nil {
			return fmt.Errorf("chain %s: %w (last error: %v)", op, ctx.Err(), err)
		}
		c.markDown(op, err)
		select {
		case <-ctx.Done():
			return fmt.Errorf("chain %s: %w (last error: %v)", op, ctx.Err(), err)
		case <-time.After(c.delay(attempt)):
		}
	}
}

func (c *Client) markDown(op string, err error) {
	c.mu.Lock()
	first := !c.down
	c.down = true
	c.mu.Unlock()
	if c.hooks.OnError != nil {
		c.hooks.OnError(err)
	}
	if first {
		c.logger.Warn("chain unreachable; retrying with back-off", "component", "chain", "op", op, "err", err)
	}
}

func (c *Client) up() {
	c.mu.Lock()
	was := c.down
	c.down = false
	c.mu.Unlock()
	if was {
		c.logger.Info("chain reachable again", "component", "chain")
		if c.hooks.OnReconnect != nil {
			c.hooks.OnReconnect()
		}
	}
	if c.hooks.OnSuccess != nil {
		c.hooks.OnSuccess()
	}
}

func call[T any](c *Client, ctx context.Context, op string, fn func(context.Context, *ethclient.Client) (T, error)) (T, error) {
	var out T
	err := c.Do(ctx, op, func(ctx context.Context, ec *ethclient.Client) error {
		var err error
		out, err = fn(ctx, ec)
		return err
	})
	return out, err
}

// ChainID returns the chain id.
func (c *Client) ChainID(ctx context.Context) (*big.Int, error) {
	return call(c, ctx, "eth_chainId", func(ctx context.Context, ec *ethclient.Client) (*big.Int, error) { return ec.ChainID(ctx) })
}

// BlockNumber returns the latest block number.
func (c *Client) BlockNumber(ctx context.Context) (uint64, error) {
	return call(c, ctx, "eth_blockNumber", func(ctx context.Context, ec *ethclient.Client) (uint64, error) { return ec.BlockNumber(ctx) })
}

// NonceAt returns the account's nonce at a block (nil: latest).
func (c *Client) NonceAt(ctx context.Context, a common.Address, block *big.Int) (uint64, error) {
	return call(c, ctx, "eth_getTransactionCount", func(ctx context.Context, ec *ethclient.Client) (uint64, error) {
		return ec.NonceAt(ctx, a, block)
	})
}

// BalanceAt returns the account's ether balance.
func (c *Client) BalanceAt(ctx context.Context, a common.Address, block *big.Int) (*big.Int, error) {
	return call(c, ctx, "eth_getBalance", func(ctx context.Context, ec *ethclient.Client) (*big.Int, error) {
		return ec.BalanceAt(ctx, a, block)
	})
}

// CodeAt implements bind.ContractCaller.
func (c *Client) CodeAt(ctx context.Context, a common.Address, block *big.Int) ([]byte, error) {
	return call(c, ctx, "eth_getCode", func(ctx context.Context, ec *ethclient.Client) ([]byte, error) { return ec.CodeAt(ctx, a, block) })
}

// CallContract implements bind.ContractCaller.
func (c *Client) CallContract(ctx context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error) {
	return call(c, ctx, "eth_call", func(ctx context.Context, ec *ethclient.Client) ([]byte, error) {
		return ec.CallContract(ctx, msg, block)
	})
}

// HeaderByNumber implements bind.ContractTransactor.
func (c *Client) HeaderByNumber(ctx context.Context, n *big.Int) (*types.Header, error) {
	return call(c, ctx, "eth_getBlockByNumber", func(ctx context.Context, ec *ethclient.Client) (*types.Header, error) {
		return ec.HeaderByNumber(ctx, n)
	})
}

// PendingCodeAt implements bind.ContractTransactor.
func (c *Client) PendingCodeAt(ctx context.Context, a common.Address) ([]byte, error) {
	return call(c, ctx, "eth_getCode", func(ctx context.Context, ec *ethclient.Client) ([]byte, error) { return ec.PendingCodeAt(ctx, a) })
}

// PendingNonceAt implements bind.ContractTransactor.
func (c *Client) PendingNonceAt(ctx context.Context, a common.Address) (uint64, error) {
	return call(c, ctx, "eth_getTransactionCount", func(ctx context.Context, ec *ethclient.Client) (uint64, error) {
		return ec.PendingNonceAt(ctx, a)
	})
}

// SuggestGasPrice implements bind.ContractTransactor.
func (c *Client) SuggestGasPrice(ctx context.Context) (*big.Int, error) {
	return call(c, ctx, "eth_gasPrice", func(ctx context.Context, ec *ethclient.Client) (*big.Int, error) { return ec.SuggestGasPrice(ctx) })
}

// SuggestGasTipCap implements bind.ContractTransactor.
func (c *Client) SuggestGasTipCap(ctx context.Context) (*big.Int, error) {
	return call(c, ctx, "eth_maxPriorityFeePerGas", func(ctx context.Context, ec *ethclient.Client) (*big.Int, error) {
		return ec.SuggestGasTipCap(ctx)
	})
}

// EstimateGas implements bind.ContractTransactor.
func (c *Client) EstimateGas(ctx context.Context, msg ethereum.CallMsg) (uint64, error) {
	return call(c, ctx, "eth_estimateGas", func(ctx context.Context, ec *ethclient.Client) (uint64, error) {
		return ec.EstimateGas(ctx, msg)
	})
}

// SendTransaction implements bind.ContractTransactor. Resending a signed transaction is harmless,
// so transport failures are retried like reads.
func (c *Client) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	return c.Do(ctx, "eth_sendRawTransaction", func(ctx context.Context, ec *ethclient.Client) error { return ec.SendTransaction(ctx, tx) })
}

// TransactionByHash implements bind.ContractTransactor.
func (c *Client) TransactionByHash(ctx context.Context, h common.Hash) (*types.Transaction, bool, error) {
	var pending bool
	tx, err := call(c, ctx, "eth_getTransactionByHash", func(ctx context.Context, ec *ethclient.Client) (*types.Transaction, error) {
		tx, p, err := ec.TransactionByHash(ctx, h)
		pending = p
		return tx, err
	})
	return tx, pending, err
}

// TransactionReceipt implements bind.DeployBackend.
func (c *Client) TransactionReceipt(ctx context.Context, h common.Hash) (*types.Receipt, error) {
	return call(c, ctx, "eth_getTransactionReceipt", func(ctx context.Context, ec *ethclient.Client) (*types.Receipt, error) {
		return ec.TransactionReceipt(ctx, h)
	})
}

// FilterLogs implements bind.ContractFilterer.
func (c *Client) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	return call(c, ctx, "eth_getLogs", func(ctx context.Context, ec *ethclient.Client) ([]types.Log, error) { return ec.FilterLogs(ctx, q) })
}

// SubscribeFilterLogs implements bind.ContractFilterer (websocket endpoints only; the oracle polls).
func (c *Client) SubscribeFilterLogs(ctx context.Context, q ethereum.FilterQuery, ch chan<- types.Log) (ethereum.Subscription, error) {
	ec, err := c.conn(ctx)
	if err != nil {
		return nil, err
	}
	return ec.SubscribeFilterLogs(ctx, q, ch)
}
