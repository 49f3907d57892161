package poseidon

import (
	"bytes"
	"errors"
	"math/big"
	"math/rand"
	"testing"

	"github.com/holiman/uint256"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/tracing"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/core/vm/runtime"
)

// runHasher deploys the generated creation code in an in-memory EVM and calls it.
func runHasher(t *testing.T, input []byte, value *big.Int) ([]byte, uint64, error) {
	t.Helper()
	creation, err := HasherCreationCode()
	if err != nil {
		t.Fatal(err)
	}
	cfg := &runtime.Config{GasLimit: 10_000_000}
	deployed, addr, _, err := runtime.Create(creation, cfg)
	if err != nil {
		t.Fatalf("deploying the hasher: %v", err)
	}
	want, err := HasherRuntime()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(deployed, want) {
		t.Fatal("creation code deployed something other than the runtime code")
	}
	if value != nil {
		cfg.State.AddBalance(cfg.Origin, uint256.MustFromBig(value), tracing.BalanceChangeUnspecified)
		cfg.Value = value
	}
	out, left, err := runtime.Call(addr, input, cfg)
	return out, cfg.GasLimit - left, err
}

func word(x *big.Int) []byte { return common.LeftPadBytes(x.Bytes(), 32) }

// randomWord is any 256-bit value: the hasher must reduce inputs at or above r itself.
func randomWord(rng *rand.Rand) *big.Int {
	return new(big.Int).Rand(rng, new(big.Int).Lsh(big.NewInt(1), 256))
}

func reduced(x *big.Int) fr.Element {
	var e fr.Element
	e.SetBigInt(x)
	return e
}

func TestHasherMatchesCompressOverPaths(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	for depth := 0; depth <= 12; depth++ {
		w0, w1 := randomWord(rng), randomWord(rng)
		if depth == 1 {
			w0 = new(big.Int).Sub(Modulus(), big.NewInt(1)) // the largest reduced input
		}
		bits := rng.Uint64() & (1<<depth - 1)
		input := append(append(word(w0), word(w1)...), word(new(big.Int).SetUint64(bits))...)
		want := Compress(reduced(w0), reduced(w1))
		for i := 0; i < depth; i++ {
			s := randomWord(rng)
			input = append(input, word(s)...)
			if bits>>i&1 == 0 {
				want = Compress(want, reduced(s))
			} else {
				want = Compress(reduced(s), want)
			}
		}
		out, gas, err := runHasher(t, input, nil)
		if err != nil {
			t.Fatalf("depth %d: %v", depth, err)
		}
		t.Logf("depth %d: %d gas (execution only)", depth, gas)
		if got := new(big.Int).SetBytes(out); got.Cmp(Uint(want)) != 0 {
			t.Fatalf("depth %d: hasher returned %v, want %v", depth, got, Uint(want))
		}
	}
}

func TestHasherRejectsMalformedCalls(t *testing.T) {
	three := make([]byte, 96)
	for name, tc := range map[string]struct {
		input []byte
		value *big.Int
	}{
		"empty":        {nil, nil},
		"two words":    {make([]byte, 64), nil},
		"95 bytes":     {make([]byte, 95), nil},
		"partial word": {make([]byte, 97), nil},
		"with value":   {three, big.NewInt(1)},
		"131 bytes":    {make([]byte, 131), nil},
	} {
		out, _, err := runHasher(t, tc.input, tc.value)
		if !errors.Is(err, vm.ErrExecutionReverted) {
			t.Errorf("%s: returned %x, %v; want a revert", name, out, err)
		}
	}
}
