// Package chain sends transactions to the suite's contracts and turns failures into errors that name
// the contract's custom error and its arguments.
package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
)

// Backend is what sending and waiting for transactions needs: an ethclient.Client or the client of
// go-ethereum's simulated backend.
type Backend interface {
	bind.ContractBackend
	bind.DeployBackend
	ChainID(ctx context.Context) (*big.Int, error)
}

// Sender signs and sends transactions from one account and waits for their receipts.
type Sender struct {
	Backend Backend
	Auth    *bind.TransactOpts
	// Mine, when set, is called after each transaction is sent; the simulated backend needs it
	// (pass its Commit) because it only produces blocks on demand.
	Mine func()
	// ABIs are used to decode custom errors in reverts.
	ABIs []*abi.ABI
}

// From is the sending account.
func (s *Sender) From() common.Address { return s.Auth.From }

// Transact sends calldata to a contract and waits until it is mined successfully.
func (s *Sender) Transact(ctx context.Context, contract *bind.BoundContract, calldata []byte) (*types.Receipt, error) {
	opts := *s.Auth
	opts.Context = ctx
	tx, err := contract.RawTransact(&opts, calldata)
	if err != nil {
		return nil, s.decode(err)
	}
	return s.wait(ctx, tx)
}

// Deploy sends a contract creation and waits until it is mined successfully.
func (s *Sender) Deploy(ctx context.Context, bytecode, constructorInput []byte) (common.Address, *types.Receipt, error) {
	opts := *s.Auth
	opts.Context = ctx
	addr, tx, err := bind.DeployContract(&opts, bytecode, s.Backend, constructorInput)
	if err != nil {
		return common.Address{}, nil, s.decode(err)
	}
	receipt, err := s.wait(ctx, tx)
	if err != nil {
		return common.Address{}, nil, err
	}
	return addr, receipt, nil
}

func (s *Sender) wait(ctx context.Context, tx *types.Transaction) (*types.Receipt, error) {
	if s.Mine != nil {
		s.Mine()
	}
	receipt, err := WaitMined(ctx, s.Backend, tx.Hash())
	if err != nil {
		return nil, err
	}
	if receipt.Status != types.ReceiptStatusSuccessful {
		return receipt, s.replayFailure(ctx, tx, receipt)
	}
	return receipt, nil
}

// receiptPoll is how often WaitMined asks for a receipt; local chains mine in milliseconds, and
// bind.WaitMined's one-second ticker would dominate test time.
const receiptPoll = 25 * time.Millisecond

// WaitMined waits for a transaction's receipt, whatever its status.
func WaitMined(ctx context.Context, b bind.DeployBackend, hash common.Hash) (*types.Receipt, error) {
	for {
		receipt, err := b.TransactionReceipt(ctx, hash)
		if err == nil {
			return receipt, nil
		}
		if !errors.Is(err, ethereum.NotFound) {
			return nil, fmt.Errorf("receipt of %s: %w", hash, err)
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("waiting for transaction %s: %w", hash, ctx.Err())
		case <-time.After(receiptPoll):
		}
	}
}

// replayFailure re-runs a failed transaction as a call on its block's parent to recover the revert data.
func (s *Sender) replayFailure(ctx context.Context, tx *types.Transaction, receipt *types.Receipt) error {
	msg := ethereum.CallMsg{From: s.Auth.From, To: tx.To(), Gas: tx.Gas(), Value: tx.Value(), Data: tx.Data()}
	parent := new(big.Int).Sub(receipt.BlockNumber, big.NewInt(1))
	_, err := s.Backend.CallContract(ctx, msg, parent)
	if err == nil {
		return fmt.Errorf("transaction %s failed (status 0) without revert data", tx.Hash())
	}
	return fmt.Errorf("transaction %s failed: %w", tx.Hash(), s.decode(err))
}

func (s *Sender) decode(err error) error { return DecodeRevert(err, s.ABIs...) }

// RevertError is a contract's custom error, decoded.
type RevertError struct {
	Name string
	Args []any
}

func (e *RevertError) Error() string {
	args := make([]string, len(e.Args))
	for i, a := range e.Args {
		args[i] = fmt.Sprint(a)
	}
	return fmt.Sprintf("reverted with %s(%s)", e.Name, strings.Join(args, ", "))
}

// decodedRevert is a node error whose revert data was decoded: it reads as the decoded error (the
// node's text repeats the raw data in hex) and unwraps to both.
type decodedRevert struct {
	raw     error
	decoded *RevertError
}

func (e *decodedRevert) Error() string   { return "execution " + e.decoded.Error() }
func (e *decodedRevert) Unwrap() []error { return []error{e.raw, e.decoded} }

// DecodeRevert returns err wrapped with the custom error it carries, decoded with the first ABI that
// knows its selector; err unchanged when it carries no revert data or no ABI knows it.
func DecodeRevert(err error, abis ...*abi.ABI) error {
	data, ok := RevertData(err)
	if !ok || len(data) < 4 {
		return err
	}
	if reason, uerr := abi.UnpackRevert(data); uerr == nil {
		return &decodedRevert{raw: err, decoded: &RevertError{Name: "Error", Args: []any{reason}}}
	}
	var selector [4]byte
	copy(selector[:], data[:4])
	for _, a := range abis {
		if a == nil {
			continue
		}
		abiErr, lerr := a.ErrorByID(selector)
		if lerr != nil {
			continue
		}
		args, uerr := abiErr.Inputs.Unpack(data[4:])
		if uerr != nil {
			continue
		}
		return &decodedRevert{raw: err, decoded: &RevertError{Name: abiErr.Name, Args: args}}
	}
	return err
}

// RevertData extracts the raw revert data from a JSON-RPC error, if it has any.
func RevertData(err error) ([]byte, bool) {
	var dataErr interface{ ErrorData() interface{} }
	if !errors.As(err, &dataErr) {
		return nil, false
	}
	switch d := dataErr.ErrorData().(type) {
	case string:
		b, derr := hexutil.Decode(d)
		return b, derr == nil
	case []byte:
		return d, true
	}
	return nil, false
}

// IsRevert reports whether err carries the named custom error.
func IsRevert(err error, name string) bool {
	var re *RevertError
	return errors.As(err, &re) && re.Name == name
}
