// Package txmgr sends the oracle's transactions so that a crash never loses or doubles one and a
// stuck one is replaced:
//
//   - Every transaction is an intent keyed by (purpose, ref) — e.g. ("settle", batch id) — with a
//     nonce fixed when it is created. Submitting the same (purpose, ref) again returns the existing
//     intent instead of sending a second transaction.
//   - The intent and its signed transaction are written to the database before anything is
//     broadcast (write-ahead). After a crash the exact bytes are resent; a resend of a transaction
//     the node already has is harmless.
//   - Gas is estimated before a nonce is taken, so a call that would revert never takes a nonce.
//     Once taken, a nonce is always sent (a later revert still uses it), so there are no gaps.
//   - An attempt still unmined after ReplaceAfter is replaced by one with the same nonce and the tip
//     and fee cap both raised by BumpPercent (≥ 13 %; nodes want ≥ 10–12.5 %). Whichever attempt is
//     mined completes the intent; the others can no longer be (same nonce).
package txmgr

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/open-attribution/poa/internal/chain"
	"github.com/open-attribution/poa/internal/oracle/chainio"
	"github.com/open-attribution/poa/internal/oracle/failpoint"
	"github.com/open-attribution/poa/internal/oracle/metrics"
	"github.com/open-attribution/poa/internal/oracle/state"
	"github.com/open-attribution/poa/internal/store"
)

// Config tunes sending.
type Config struct {
	ReplaceAfter     time.Duration
	BumpPercent      uint64
	MaxFeeCap        *big.Int // nil: no limit
	GasMarginPercent uint64
	Poll             time.Duration
	// LostAfter is how long an intent's nonce must stay used without a receipt of any of its
	// attempts before the intent is given up as lost (default 30s).
	LostAfter time.Duration
}

// Manager sends transactions from one key.
type Manager struct {
	db      *state.DB
	client  *chainio.Client
	key     *ecdsa.PrivateKey
	from    common.Address
	chainID *big.Int
	signer  types.Signer
	cfg     Config
	abis    []*abi.ABI
	logger  *slog.Logger
	metrics *metrics.Metrics
	fp      *failpoint.Set

	nonceMu   sync.Mutex // one nonce assignment at a time
	driveMu   sync.Mutex // one driver per intent at a time
	lostMu    sync.Mutex
	lostSince map[string]time.Time
}

// New returns a manager; abis decode custom errors in reverts; m and fp may be nil.
func New(db *state.DB, client *chainio.Client, key *ecdsa.PrivateKey, chainID *big.Int, cfg Config, abis []*abi.ABI,
	logger *slog.Logger, m *metrics.Metrics, fp *failpoint.Set) *Manager {
	if cfg.Poll <= 0 {
		cfg.Poll = 250 * time.Millisecond
	}
	if cfg.BumpPercent < 13 {
		cfg.BumpPercent = 13
	}
	if cfg.LostAfter <= 0 {
		cfg.LostAfter = 30 * time.Second
	}
	return &Manager{db: db, client: client, key: key, from: crypto.PubkeyToAddress(key.PublicKey), chainID: chainID,
		signer: types.LatestSignerForChainID(chainID), cfg: cfg, abis: abis, logger: logger.With("component", "txmgr"),
		metrics: m, fp: fp, lostSince: map[string]time.Time{}}
}

// From is the sending account.
func (m *Manager) From() common.Address { return m.from }

// ErrWouldRevert means gas estimation failed: the call reverts in the current state.
var ErrWouldRevert = errors.New("txmgr: transaction would revert")

// ErrReverted means the transaction was mined with a failed status.
var ErrReverted = errors.New("txmgr: transaction reverted")

// ErrLost means the intent's nonce was used by a transaction that is none of its attempts.
var ErrLost = errors.New("txmgr: nonce used by another transaction")

func senderKey(a common.Address) string { return strings.ToLower(a.Hex()) }

// Submit records and broadcasts a transaction to `to` with calldata, unless an intent for
// (purpose, ref) exists, which is returned instead.
func (m *Manager) Submit(ctx context.Context, purpose, ref string, to common.Address, data []byte) (*state.TxIntent, error) {
	if t, err := m.db.IntentByRef(ctx, purpose, ref); err != nil || t != nil {
		return t, err
	}
	gas, err := m.client.EstimateGas(ctx, ethereum.CallMsg{From: m.from, To: &to, Data: data})
	if err != nil {
		return nil, fmt.Errorf("%w: %s %s: %w", ErrWouldRevert, purpose, ref, chain.DecodeRevert(err, m.abis...))
	}
	gas = gas * (100 + m.cfg.GasMarginPercent) / 100

	m.nonceMu.Lock()
	defer m.nonceMu.Unlock()
	if t, err := m.db.IntentByRef(ctx, purpose, ref); err != nil || t != nil {
		return t, err
	}
	chainNonce, err := m.client.PendingNonceAt(ctx, m.from)
	if err != nil {
		return nil, fmt.Errorf("txmgr: nonce of %s: %w", m.from, err)
	}
	dbNonce, err := m.db.NextNonce(ctx, senderKey(m.from))
	if err != nil {
		return nil, err
	}
	nonce := max(int64(chainNonce), dbNonce)
	tip, feeCap, err := m.fees(ctx)
	if err != nil {
		return nil, err
	}
	t := &state.TxIntent{ID: purpose + ":" + ref, Purpose: purpose, Ref: ref, Sender: senderKey(m.from),
		To: senderKey(to), Data: hexutil.Encode(data), Gas: int64(gas), Nonce: nonce}
	tx, attempt, err := m.sign(t, 0, tip, feeCap)
	if err != nil {
		return nil, err
	}
	if err := m.db.InsertIntent(ctx, t, attempt); err != nil {
		return nil, err
	}
	m.logger.InfoContext(ctx, "transaction recorded", "purpose", purpose, "ref", ref, "nonce", nonce, "hash", tx.Hash(),
		"tip", tip, "fee_cap", feeCap, "gas", gas)
	m.fp.Hit(ctx, "tx.recorded")
	m.fp.Hit(ctx, "tx.recorded:"+purpose)
	m.broadcast(ctx, t, tx)
	if m.metrics != nil {
		m.metrics.TxSent.WithLabelValues(purpose).Inc()
	}
	m.fp.Hit(ctx, "tx.broadcast")
	m.fp.Hit(ctx, "tx.broadcast:"+purpose)
	return t, nil
}

func (m *Manager) sign(t *state.TxIntent, seq int64, tip, feeCap *big.Int) (*types.Transaction, *state.TxAttempt, error) {
	to := common.HexToAddress(t.To)
	data, err := hexutil.Decode(t.Data)
	if err != nil {
		return nil, nil, fmt.Errorf("txmgr: intent %s calldata: %w", t.ID, err)
	}
	tx, err := types.SignNewTx(m.key, m.signer, &types.DynamicFeeTx{ChainID: m.chainID, Nonce: uint64(t.Nonce),
		GasTipCap: tip, GasFeeCap: feeCap, Gas: uint64(t.Gas), To: &to, Data: data})
	if err != nil {
		return nil, nil, fmt.Errorf("txmgr: signing %s: %w", t.ID, err)
	}
	raw, err := tx.MarshalBinary()
	if err != nil {
		return nil, nil, fmt.Errorf("txmgr: encoding %s: %w", t.ID, err)
	}
	tipN, err := store.NewNumeric(tip)
	if err != nil {
		return nil, nil, err
	}
	capN, err := store.NewNumeric(feeCap)
	if err != nil {
		return nil, nil, err
	}
	return tx, &state.TxAttempt{Hash: tx.Hash().Hex(), IntentID: t.ID, Seq: seq, Raw: hexutil.Encode(raw), Tip: tipN, FeeCap: capN}, nil
}

// fees returns a tip and a fee cap of twice the base fee plus the tip, within MaxFeeCap.
func (m *Manager) fees(ctx context.Context) (tip, feeCap *big.Int, err error) {
	head, err := m.client.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, nil, fmt.Errorf("txmgr: latest header: %w", err)
	}
	tip, err = m.client.SuggestGasTipCap(ctx)
	if err != nil {
		return nil, nil, fmt.Errorf("txmgr: tip: %w", err)
	}
	base := head.BaseFee
	if base == nil {
		base = new(big.Int)
	}
	feeCap = new(big.Int).Add(new(big.Int).Mul(base, big.NewInt(2)), tip)
	return m.capFees(tip, feeCap)
}

func (m *Manager) capFees(tip, feeCap *big.Int) (*big.Int, *big.Int, error) {
	if m.cfg.MaxFeeCap != nil && feeCap.Cmp(m.cfg.MaxFeeCap) > 0 {
		feeCap = new(big.Int).Set(m.cfg.MaxFeeCap)
	}
	if tip.Cmp(feeCap) > 0 {
		tip = new(big.Int).Set(feeCap)
	}
	return tip, feeCap, nil
}

// bump raises x by pct percent, rounding up, and by at least 1.
func bump(x *big.Int, pct uint64) *big.Int {
	y := new(big.Int).Mul(x, new(big.Int).SetUint64(100+pct))
	y.Add(y, big.NewInt(99)).Div(y, big.NewInt(100))
	if y.Cmp(x) <= 0 {
		y.Add(x, big.NewInt(1))
	}
	return y
}

// broadcast sends a signed transaction; errors are logged, since Wait resends or replaces.
func (m *Manager) broadcast(ctx context.Context, t *state.TxIntent, tx *types.Transaction) {
	err := m.client.SendTransaction(ctx, tx)
	if err == nil {
		return
	}
	msg := strings.ToLower(err.Error())
	switch {
	case strings.Contains(msg, "already known"), strings.Contains(msg, "already imported"),
		strings.Contains(msg, "nonce too low"), strings.Contains(msg, "replacement transaction underpriced"):
		m.logger.DebugContext(ctx, "broadcast not needed", "intent", t.ID, "hash", tx.Hash(), "err", err)
	default:
		m.logger.WarnContext(ctx, "broadcast failed; will retry", "intent", t.ID, "hash", tx.Hash(), "err", err)
	}
}
