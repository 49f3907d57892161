package training

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/open-attribution/poa/internal/contentstore"
	"github.com/open-attribution/poa/internal/oracle/attribution"
	"github.com/open-attribution/poa/internal/oracle/state"
)

func TestParamsValidate(t *testing.T) {
	oracle := common.HexToAddress("0x0c")
	p := Params{DatanetID: 1, BaseModel: common.HexToHash("0x1"), Rank: 4, Alpha: 4, LearningRate: 0.01, Epochs: 3, BatchSize: 8, InferenceFee: "1000"}
	if err := p.Validate(oracle); err != nil {
		t.Fatal(err)
	}
	if p.Owner != oracle || *p.HeldOut != 0.2 || p.Seed != 1 {
		t.Fatalf("defaults not filled: %+v", p)
	}
	bad := Params{Rank: 0, Alpha: -1, LearningRate: 0, Epochs: 0, BatchSize: 0, InferenceFee: "-5"}
	err := bad.Validate(oracle)
	for _, want := range []string{"datanetId", "baseModel", "rank", "alpha", "learningRate", "epochs", "batchSize", "inferenceFee"} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s not reported: %v", want, err)
		}
	}
	big := p
	big.InferenceFee = "79228162514264337593543950336" // 2^96
	if err := big.Validate(oracle); err == nil {
		t.Error("fee above uint96 accepted")
	}
}

func TestTrainingConfigHash(t *testing.T) {
	c := TrainingConfig{DatanetID: 1, Rank: 4}
	if c.Hash() != c.Hash() || c.Hash() == (TrainingConfig{DatanetID: 2, Rank: 4}).Hash() {
		t.Fatal("hash not deterministic or not sensitive")
	}
}

func TestSplitKeepsEveryContribution(t *testing.T) {
	d := &Data{}
	rows := []int{1, 5, 40}
	for k, n := range rows {
		var csv strings.Builder
		for i := 0; i < n; i++ {
			csv.WriteString(strings.Repeat("0,", 64) + "3\n")
		}
		if err := d.add(attribution.Leaf{Index: uint64(k), ContributionID: uint64(k + 1)}, []byte(csv.String())); err != nil {
			t.Fatal(err)
		}
	}
	train, group, eval := d.Split(0.5, 1)
	per := map[int]int{}
	for _, g := range group {
		per[g]++
	}
	if per[0] != 1 || per[1] == 0 || per[2] == 0 || train.N != len(group) || eval == nil || train.N+eval.N != 46 {
		t.Fatalf("train %d, eval %v, per contribution %v", train.N, eval, per)
	}
	// Deterministic.
	_, group2, _ := d.Split(0.5, 1)
	if len(group2) != len(group) {
		t.Fatal("split not deterministic")
	}
	if _, _, none := d.Split(0, 1); none != nil {
		t.Fatal("held out samples with heldOut 0")
	}
}

func TestBaseIsDeterministic(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	db, err := state.Open(ctx, filepath.Join(dir, "o.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	models, _ := contentstore.Open(filepath.Join(dir, "models"))
	spec := BuiltinBase()
	spec.Pretrain, spec.Epochs = 50, 2
	h1, err := CreateBase(ctx, models, db, spec)
	if err != nil {
		t.Fatal(err)
	}
	h2, err := CreateBase(ctx, models, db, spec)
	if err != nil || h1 != h2 {
		t.Fatalf("%s %s %v", h1, h2, err)
	}
	m, err := LoadBase(models, h1, 3, 6)
	if err != nil || m.Config.Rank != 3 || common.Hash(m.BaseHash()) != h1 {
		t.Fatalf("%v", err)
	}
	initAdapters(m, 1)
	if m.Layers[0].A[0] == 0 {
		t.Fatal("adapters not initialised")
	}
	bad := spec
	bad.Sizes = []int{10, 10}
	if _, err := CreateBase(ctx, models, db, bad); err == nil {
		t.Fatal("non-digits sizes accepted")
	}
}
