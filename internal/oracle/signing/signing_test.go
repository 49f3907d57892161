package signing

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

func TestSignRecover(t *testing.T) {
	key, _ := crypto.GenerateKey()
	registry := common.HexToAddress("0x1234")
	s := New(key, big.NewInt(31337), registry)
	ah, err := AttributionHash([]uint64{0, 2}, []*big.Int{big.NewInt(5), big.NewInt(-1)}, []*big.Int{big.NewInt(7), big.NewInt(0)}, big.NewInt(7))
	if err != nil {
		t.Fatal(err)
	}
	m := Message{RequestID: big.NewInt(3), ModelID: big.NewInt(1), InputHash: crypto.Keccak256Hash([]byte("x")),
		PredictionHash: PredictionHash("7"), AttributionHash: ah}
	d, sig, err := s.Sign(m)
	if err != nil {
		t.Fatal(err)
	}
	if d2, _ := Digest(big.NewInt(31337), registry, m); d2 != d {
		t.Fatal("digest not deterministic")
	}
	got, err := Recover(big.NewInt(31337), registry, m, sig)
	if err != nil || got != s.Address() {
		t.Fatalf("recovered %s, %v; want %s", got, err, s.Address())
	}
	// Any change to the message, the chain or the registry gives another signer.
	m2 := m
	m2.PredictionHash = PredictionHash("1")
	for _, c := range []struct {
		chain *big.Int
		reg   common.Address
		msg   Message
	}{{big.NewInt(31337), registry, m2}, {big.NewInt(1), registry, m}, {big.NewInt(31337), common.HexToAddress("0x1"), m}} {
		if got, err := Recover(c.chain, c.reg, c.msg, sig); err == nil && got == s.Address() {
			t.Fatal("signature verified for a different message or domain")
		}
	}
	if _, err := Recover(big.NewInt(31337), registry, m, sig[:64]); err == nil {
		t.Fatal("short signature accepted")
	}
	if _, err := AttributionHash([]uint64{1}, nil, nil, big.NewInt(0)); err == nil {
		t.Fatal("mismatched lengths accepted")
	}
	if _, err := AttributionHash(nil, nil, nil, big.NewInt(0)); err != nil {
		t.Fatal(err)
	}
}
