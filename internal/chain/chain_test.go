package chain

import (
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// rpcError mimics go-ethereum's JSON-RPC error carrying revert data.
type rpcError struct{ data any }

func (e rpcError) Error() string          { return "execution reverted" }
func (e rpcError) ErrorData() interface{} { return e.data }

const testABI = `[{"type":"error","name":"FeeAboveMax","inputs":[
	{"name":"modelId","type":"uint256"},{"name":"fee","type":"uint256"},{"name":"maxFee","type":"uint256"}]}]`

func TestDecodeRevertNamesCustomError(t *testing.T) {
	parsed, err := abi.JSON(strings.NewReader(testABI))
	if err != nil {
		t.Fatal(err)
	}
	abiErr := parsed.Errors["FeeAboveMax"]
	args, err := abiErr.Inputs.Pack(big.NewInt(7), big.NewInt(3), big.NewInt(2))
	if err != nil {
		t.Fatal(err)
	}
	data := append(abiErr.ID.Bytes()[:4:4], args...)

	got := DecodeRevert(rpcError{data: hexutil.Encode(data)}, &parsed)
	var re *RevertError
	if !errors.As(got, &re) || re.Name != "FeeAboveMax" || len(re.Args) != 3 {
		t.Fatalf("DecodeRevert = %v, want FeeAboveMax with 3 arguments", got)
	}
	if !IsRevert(got, "FeeAboveMax") || IsRevert(got, "ZeroFee") {
		t.Fatal("IsRevert does not match the decoded name")
	}
	if got.Error() != "execution reverted with FeeAboveMax(7, 3, 2)" {
		t.Fatalf("message %q does not carry the arguments", got)
	}
}

func TestDecodeRevertStringReason(t *testing.T) {
	// Error(string) selector 0x08c379a0 with "boom".
	data := hexutil.MustDecode("0x08c379a0" +
		"0000000000000000000000000000000000000000000000000000000000000020" +
		"0000000000000000000000000000000000000000000000000000000000000004" +
		"626f6f6d00000000000000000000000000000000000000000000000000000000")
	got := DecodeRevert(rpcError{data: data})
	if !IsRevert(got, "Error") || !strings.Contains(got.Error(), "boom") {
		t.Fatalf("DecodeRevert = %v, want Error(boom)", got)
	}
}

func TestDecodeRevertLeavesOtherErrorsAlone(t *testing.T) {
	plain := errors.New("connection refused")
	if got := DecodeRevert(plain); got != plain {
		t.Fatalf("DecodeRevert changed a plain error: %v", got)
	}
	unknown := rpcError{data: "0xdeadbeef"}
	if got := DecodeRevert(unknown); got != error(unknown) {
		t.Fatalf("DecodeRevert changed an unknown selector: %v", got)
	}
	if _, ok := RevertData(rpcError{data: 42}); ok {
		t.Fatal("RevertData accepted a non-hex payload")
	}
}
