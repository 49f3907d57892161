package compute

import (
	"context"
	"math/big"
	"testing"

	"github.com/open-attribution/poa/internal/influence"
)

func TestCPUBackend(t *testing.T) {
	b, err := Select("", nil)
	if err != nil || b.Name() != "cpu" {
		t.Fatalf("%v %v", b, err)
	}
	if _, err := Select("cuda", nil); err == nil {
		t.Fatal("unknown backend accepted")
	}
	in := &influence.FixedInput{N: 2, Layers: []influence.FixedLayer{{Name: "p", Dim: 2, Train: []int64{65536, 0, 0, 65536}, Query: []int64{65536, -100}}}}
	att, err := b.Attribute(context.Background(), in, big.NewInt(1000))
	if err != nil {
		t.Fatal(err)
	}
	want, _ := influence.FixedAttribute(context.Background(), in, big.NewInt(1000))
	for k := range want.Shares {
		if want.Shares[k].Cmp(att.Shares[k]) != 0 {
			t.Fatalf("share %d: %s, want %s", k, att.Shares[k], want.Shares[k])
		}
	}
	if _, err := b.Prove(context.Background(), &ProofJob{}); err == nil {
		t.Fatal("proved without a prover")
	}
	if got := ContributorShare(big.NewInt(999), 7000); got.Int64() != 699 {
		t.Fatalf("share %s", got)
	}
}
