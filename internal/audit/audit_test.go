package audit_test

import (
	"context"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"

	"github.com/open-attribution/poa/internal/audit"
	"github.com/open-attribution/poa/internal/oracle/oracletest"
	"github.com/open-attribution/poa/internal/publish"
)

// auditor audits the settled world with a publication source.
type auditor struct {
	t *testing.T
	s *oracletest.Settled
}

func (a auditor) run(src publish.PathSource, batch, epoch *uint64) *audit.Report {
	a.t.Helper()
	r, err := audit.Run(context.Background(), audit.Config{Chain: a.s.Anvil.Client, RewardVault: a.s.Addrs.RewardVault, ModelID: a.s.ModelID,
		BatchID: batch, Epoch: epoch, Published: src, Sizes: a.s.Kit.Keys.Sizes, VK: a.s.Kit.Keys.VK, VKPath: "test keys", FromBlock: a.s.Start})
	if err != nil {
		a.t.Fatal(err)
	}
	return r
}

func u64(x uint64) *uint64 { return &x }

func source(t *testing.T, location string) publish.PathSource {
	t.Helper()
	src, err := publish.NewPathSource(location)
	if err != nil {
		t.Fatal(err)
	}
	return src
}

// copyDir copies the oracle's publication directory, so each corruption starts from the original.
func copyDir(t *testing.T, from string) string {
	t.Helper()
	to := t.TempDir()
	if err := os.CopyFS(to, os.DirFS(from)); err != nil {
		t.Fatal(err)
	}
	return to
}

func readBatch(t *testing.T, dir string, model, batch uint64) *publish.Batch {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join(dir, publish.RelPath(model, batch)))
	if err != nil {
		t.Fatal(err)
	}
	b, err := publish.Parse(raw)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// find returns the mismatches of a check (and fails when the check is absent).
func find(t *testing.T, r *audit.Report, batch uint64, check string) *audit.Check {
	t.Helper()
	for _, b := range r.Batches {
		if b.BatchID != batch {
			continue
		}
		for _, c := range b.Checks {
			if c.Name == check {
				return c
			}
		}
	}
	t.Fatalf("no check %q for batch %d", check, batch)
	return nil
}

// wantMismatch asserts the check names exactly this mismatch (among possibly others).
func wantMismatch(t *testing.T, r *audit.Report, batch uint64, check string, want audit.Mismatch) {
	t.Helper()
	if r.OK() {
		t.Fatalf("the audit passed a corrupted settlement")
	}
	c := find(t, r, batch, check)
	for _, m := range c.Mismatches {
		if m.Field == want.Field && eq(m.RequestID, want.RequestID) && eq(m.Index, want.Index) &&
			(want.Expected == "" || m.Expected == want.Expected) && (want.Found == "" || m.Found == want.Found) {
			return
		}
	}
	var sb strings.Builder
	r.WriteText(&sb)
	t.Fatalf("check %q of batch %d does not name %+v; report:\n%s", check, batch, want, sb.String())
}

func eq(a, b *uint64) bool { return (a == nil) == (b == nil) && (a == nil || *a == *b) }

// TestAuditNamesCorruptions settles two batches with real Groth16 proofs on anvil (the second
// building on the first's payout tree), audits them clean — through the oracle's HTTP publication
// root and its directory, by batch and by epoch — and then corrupts the published data one way at a
// time and checks that the audit names each corruption.
func TestAuditNamesCorruptions(t *testing.T) {
	s := oracletest.NewSettled(t, 2, 2)
	a := auditor{t: t, s: s}
	m := s.ModelID

	for _, loc := range []string{s.API + "/v1/published", s.PublishDir} {
		r := a.run(source(t, loc), u64(0), nil)
		if !r.OK() || len(r.Batches) != 1 {
			var sb strings.Builder
			r.WriteText(&sb)
			t.Fatalf("clean settlement from %s does not pass:\n%s", loc, sb.String())
		}
	}
	r := a.run(source(t, s.PublishDir), nil, u64(s.Epochs[1]))
	if !r.OK() || len(r.Batches) != 1 || r.Batches[0].BatchID != 1 || r.Batches[0].Status != audit.StatusFinalized {
		var sb strings.Builder
		r.WriteText(&sb)
		t.Fatalf("epoch %d (batch 1):\n%s", s.Epochs[1], sb.String())
	}
	var text strings.Builder
	if err := r.WriteText(&text); err != nil || !strings.Contains(text.String(), "result: OK") || !strings.Contains(text.String(), "ok           proof") {
		t.Fatalf("report:\n%s", text.String())
	}

	t.Run("score", func(t *testing.T) {
		dir := copyDir(t, s.PublishDir)
		doc := readBatch(t, dir, m, 1)
		req := &doc.Requests[0]
		orig, err := publish.ParseScore(req.Scores[0].Value)
		if err != nil {
			t.Fatal(err)
		}
		bad := publish.ScoreValue(new(big.Int).Add(orig, big.NewInt(3)))
		req.Scores[0].Value = bad
		if err := publish.WriteFile(dir, doc); err != nil {
			t.Fatal(err)
		}
		r := a.run(source(t, dir), u64(1), nil)
		wantMismatch(t, r, 1, "scores", audit.Mismatch{Field: "score", RequestID: u64(req.RequestID), Index: u64(req.Scores[0].Index),
			Expected: publish.ScoreValue(orig) + " (" + orig.String() + "/2^16)", Found: bad})
		if c := find(t, r, 1, "scores"); len(c.Mismatches) != 1 || r.Mismatches != 1 {
			t.Fatalf("one score changed, %d mismatches named", r.Mismatches)
		}
	})

	t.Run("fee share", func(t *testing.T) {
		dir := copyDir(t, s.PublishDir)
		doc := readBatch(t, dir, m, 1)
		req := &doc.Requests[1]
		f := &req.FeeShares[0]
		orig := new(big.Int).Set(f.Amount.Int)
		f.Amount = publish.NewAmount(new(big.Int).Sub(orig, big.NewInt(1)))
		if err := publish.WriteFile(dir, doc); err != nil {
			t.Fatal(err)
		}
		wantMismatch(t, a.run(source(t, dir), u64(1), nil), 1, "fee shares", audit.Mismatch{Field: "fee share", RequestID: u64(req.RequestID),
			Index: u64(f.Index), Expected: orig.String(), Found: f.Amount.String()})
	})

	t.Run("leaf amount", func(t *testing.T) {
		dir := copyDir(t, s.PublishDir)
		doc := readBatch(t, dir, m, 0)
		l := &doc.Leaves[0]
		orig := new(big.Int).Set(l.Cumulative.Int)
		l.Cumulative = publish.NewAmount(new(big.Int).Add(orig, big.NewInt(1_000_000)))
		if err := publish.WriteFile(dir, doc); err != nil {
			t.Fatal(err)
		}
		r := a.run(source(t, dir), u64(0), nil)
		wantMismatch(t, r, 0, "payout leaves", audit.Mismatch{Field: "cumulative", Index: u64(l.Index), Expected: orig.String(), Found: l.Cumulative.String()})
		wantMismatch(t, r, 0, "batch document", audit.Mismatch{Field: "payout root rebuilt from the leaves"})
		// The next batch started from these leaves: its audit names them too.
		wantMismatch(t, a.run(source(t, dir), u64(1), nil), 1, "previous payout leaves", audit.Mismatch{Field: "payout root rebuilt from the leaves"})
	})

	t.Run("gradient feature", func(t *testing.T) {
		dir := copyDir(t, s.PublishDir)
		raw, err := os.ReadFile(filepath.Join(dir, publish.GradientsRelPath(m)))
		if err != nil {
			t.Fatal(err)
		}
		g, err := publish.ParseGradients(raw)
		if err != nil {
			t.Fatal(err)
		}
		g.Contributions[2].Features[3]++
		if err := publish.WriteGradientsFile(dir, g); err != nil {
			t.Fatal(err)
		}
		r := a.run(source(t, dir), u64(0), nil)
		wantMismatch(t, r, 0, "gradient commitment", audit.Mismatch{Field: "gradient commitment", Expected: g.GradientCommitment.Hex()})
		if c := find(t, r, 0, "scores"); c.Unchecked == "" {
			t.Fatal("scores were re-derived from gradients that do not open the registered commitment")
		}
	})

	t.Run("inference gradient", func(t *testing.T) {
		dir := copyDir(t, s.PublishDir)
		raw, err := os.ReadFile(filepath.Join(dir, publish.InferencesRelPath(m, 1)))
		if err != nil {
			t.Fatal(err)
		}
		in, err := publish.ParseInferences(raw)
		if err != nil {
			t.Fatal(err)
		}
		in.Requests[1].Query[0]--
		if err := publish.WriteInferencesFile(dir, in); err != nil {
			t.Fatal(err)
		}
		wantMismatch(t, a.run(source(t, dir), u64(1), nil), 1, "inference commitment",
			audit.Mismatch{Field: "inference commitment", Expected: in.InferenceCommitment.Hex()})
	})

	t.Run("wrong verifying key", func(t *testing.T) {
		r, err := audit.Run(context.Background(), audit.Config{Chain: s.Anvil.Client, RewardVault: s.Addrs.RewardVault, ModelID: m,
			BatchID: u64(0), Published: source(t, s.PublishDir), Sizes: s.Kit.Keys.Sizes, VK: otherKey(t), VKPath: "other key", FromBlock: s.Start})
		if err != nil {
			t.Fatal(err)
		}
		wantMismatch(t, r, 0, "verifying key", audit.Mismatch{Field: "verifying key hash"})
		wantMismatch(t, r, 0, "proof", audit.Mismatch{Field: "proof"})
	})
}

// square is a one-public-input circuit: its verifying key has the settlement circuit's public
// witness shape but is another key.
type square struct {
	X frontend.Variable
	Y frontend.Variable `gnark:",public"`
}

func (c *square) Define(api frontend.API) error {
	api.AssertIsEqual(api.Mul(c.X, c.X), c.Y)
	return nil
}

func otherKey(t *testing.T) groth16.VerifyingKey {
	t.Helper()
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, &square{})
	if err != nil {
		t.Fatal(err)
	}
	_, vk, err := groth16.Setup(ccs)
	if err != nil {
		t.Fatal(err)
	}
	return vk
}
