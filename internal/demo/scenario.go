package demo

import (
	"context"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/open-attribution/poa/bindings/datanetregistry"
)

// Tabular is IDatanetRegistry.Kind.Tabular.
const Tabular = 3

// Scenario is the scripted run's state.
type Scenario struct {
	Chain   *Chain
	Oracle  Oracle
	GraphQL GraphQL
	Cast    Cast
	Data    *Data
	Log     func(format string, a ...any)

	EpochLength uint64
	Bond        *big.Int
	Fee         *big.Int

	DatanetID uint64
	Files     []*File
	BaseModel BaseModel
	Job       Job
	ModelID   uint64
	Requests  []uint64
	Answers   []Answer
	Batches   []SettlementBatch
	// Settled are the model's settlements as the indexer verified them.
	Settled []IndexedSettlement
}

// IndexedSettlement is a settlement as the indexer serves it.
type IndexedSettlement struct {
	BatchID     int      `json:"batchId"`
	RequestIDs  []string `json:"requestIds"`
	Transaction string   `json:"transaction"`
	Publication string   `json:"publication"`
}

// Plan is how many files each contributor uploads and how noisy they are.
type Plan struct {
	Careful     map[string][]int // contributor name → samples per file (clean)
	SpamFiles   int
	SpamSamples int
	SpamNoise   []float64 // mislabeled fraction per spam file, cycled
}

// DefaultPlan: two careful contributors with a few clean files, a spammer with many small, mostly
// mislabeled ones.
func DefaultPlan() Plan {
	return Plan{
		Careful:     map[string][]int{"alice": {60, 60}, "bob": {40, 40, 40}},
		SpamFiles:   12,
		SpamSamples: 10,
		SpamNoise:   []float64{0.3, 0.5, 0.7, 0.9},
	}
}

// Fund hands out OPEN from the deployer: bonds for contributors, fees for the user.
func (s *Scenario) Fund(ctx context.Context) error {
	c := s.Cast
	for _, a := range []struct {
		who Account
		n   int64
	}{{c.Alice, 100}, {c.Bob, 100}, {c.Mallory, 100}, {c.User, 1000}, {c.ModelOwner, 100}, {c.Newcomer, 1000}} {
		if _, err := s.Chain.Send(ctx, c.Deployer, s.Chain.TokenC, s.Chain.Token.PackTransfer(a.who.Address, OPEN(a.n))); err != nil {
			return err
		}
	}
	return nil
}

// CreateDatanet creates the digits datanet: bonded, bonds of rejected files forfeited, two
// validators who must both agree.
func (s *Scenario) CreateDatanet(ctx context.Context) error {
	c := s.Cast
	r, err := s.Chain.Send(ctx, c.Deployer, s.Chain.DatanetsC, s.Chain.Datanets.PackCreateDatanet(datanetregistry.IDatanetRegistryDatanetParams{
		MetadataURI: "Handwritten digits (8×8, UCI layout)", Kind: Tabular, Bond: s.Bond, ForfeitBondOnReject: true,
		Validators: []common.Address{c.V1.Address, c.V2.Address}, Quorum: 2,
	}))
	if err != nil {
		return err
	}
	ev, err := find(r, s.Chain.Datanets.UnpackDatanetCreatedEvent)
	if err != nil {
		return err
	}
	s.DatanetID = ev.DatanetId.Uint64()
	return nil
}

// MakeFiles draws every contributor's files.
func (s *Scenario) MakeFiles(p Plan) error {
	c := s.Cast
	for _, who := range []Account{c.Alice, c.Bob} {
		for _, n := range p.Careful[who.Name] {
			f, err := s.Data.NewFile(who, n, 0)
			if err != nil {
				return err
			}
			s.Files = append(s.Files, f)
		}
	}
	for i := range p.SpamFiles {
		f, err := s.Data.NewFile(c.Mallory, p.SpamSamples, p.SpamNoise[i%len(p.SpamNoise)])
		if err != nil {
			return err
		}
		s.Files = append(s.Files, f)
	}
	return nil
}

// Contribute submits every file on chain (approving the bond) and uploads it to the oracle.
func (s *Scenario) Contribute(ctx context.Context) error {
	dn := new(big.Int).SetUint64(s.DatanetID)
	for i, f := range s.Files {
		if s.Bond.Sign() > 0 {
			if _, err := s.Chain.Send(ctx, f.Owner, s.Chain.TokenC, s.Chain.Token.PackApprove(s.Chain.Addrs.DatanetRegistry, s.Bond)); err != nil {
				return err
			}
		}
		content := f.CSV()
		h := f.Hash()
		r, err := s.Chain.Send(ctx, f.Owner, s.Chain.DatanetsC, s.Chain.Datanets.PackContribute(dn, h, uint32(len(content)),
			fmt.Sprintf("urn:sha256:%x", h)))
		if err != nil {
			return err
		}
		ev, err := find(r, s.Chain.Datanets.UnpackContributionSubmittedEvent)
		if err != nil {
			return err
		}
		f.ContributionID = ev.ContributionId.Uint64()
		if err := s.Oracle.Upload(ctx, f.ContributionID, fmt.Sprintf("%s-%02d.csv", f.Owner.Name, i), content); err != nil {
			return fmt.Errorf("uploading contribution %d: %w", f.ContributionID, err)
		}
	}
	return nil
}

// Validate has the validators judge every contribution as the oracle stores it: each downloads the
// file from the oracle, checks its labels against the reference classifier and votes.
func (s *Scenario) Validate(ctx context.Context, v *Validator) error {
	for _, f := range s.Files {
		content, err := s.Oracle.Download(ctx, f.ContributionID)
		if err != nil {
			return fmt.Errorf("downloading contribution %d: %w", f.ContributionID, err)
		}
		samples, err := ParseCSV(content)
		if err != nil {
			return fmt.Errorf("contribution %d: %w", f.ContributionID, err)
		}
		f.Verdict = v.Judge(&File{Samples: samples})
		for _, val := range []Account{s.Cast.V1, s.Cast.V2} {
			if _, err := s.Chain.Send(ctx, val, s.Chain.DatanetsC, s.Chain.Datanets.PackVote(new(big.Int).SetUint64(f.ContributionID), f.Verdict.Accept)); err != nil {
				return err
			}
		}
	}
	return nil
}

// Train creates the base (if needed) and trains a LoRA adapter on the datanet through the
// ModelFactory API; the oracle registers it.
func (s *Scenario) Train(ctx context.Context, maxContributions int) error {
	var err error
	if s.BaseModel, err = s.Oracle.EnsureBase(ctx); err != nil {
		return fmt.Errorf("base model: %w", err)
	}
	accepted := 0
	for _, f := range s.Files {
		if f.Verdict.Accept {
			accepted++
		}
	}
	count := uint64(0)
	if maxContributions > 0 && accepted > maxContributions {
		count = uint64(maxContributions)
		s.Log("the demo circuit proves at most %d contributions: training on the first %d of %d accepted", maxContributions, count, accepted)
	}
	last := ""
	s.Job, err = s.Oracle.Train(ctx, TrainingParams{DatanetID: s.DatanetID, ContributionCount: count, BaseModel: s.BaseModel.Hash,
		Rank: 4, Alpha: 4, LearningRate: 0.01, Epochs: 30, BatchSize: 32, Owner: s.Cast.ModelOwner.Address.Hex(),
		InferenceFee: s.Fee.String(), MetadataURI: "LoRA r=4 on the digits datanet (demo)"}, func(j Job) {
		st := j.Status + "/" + j.Progress.Stage
		if st != last {
			last = st
			if j.Progress.Epochs > 0 && j.Progress.Stage != "training" {
				s.Log("  job %s: %s (loss %.3f after %d epochs)", short(j.ID), j.Progress.Stage, j.Progress.Loss, j.Progress.Epoch)
			} else {
				s.Log("  job %s: %s", short(j.ID), strings.TrimSuffix(st, "/"))
			}
		}
	})
	if err != nil {
		return err
	}
	s.ModelID = s.Job.ModelID
	return nil
}

// Infer pays for one inference per query and asks the oracle for each answer.
func (s *Scenario) Infer(ctx context.Context, queries []Sample) error {
	total := new(big.Int).Mul(s.Fee, big.NewInt(int64(len(queries))))
	if _, err := s.Chain.Send(ctx, s.Cast.User, s.Chain.TokenC, s.Chain.Token.PackApprove(s.Chain.Addrs.RewardVault, total)); err != nil {
		return err
	}
	model := new(big.Int).SetUint64(s.ModelID)
	for _, q := range queries {
		in := q.Input()
		r, err := s.Chain.Send(ctx, s.Cast.User, s.Chain.ModelsC, s.Chain.Models.PackRequestInference(model, keccak(in), s.Fee))
		if err != nil {
			return err
		}
		ev, err := find(r, s.Chain.Models.UnpackInferenceRequestedEvent)
		if err != nil {
			return err
		}
		id := ev.RequestId.Uint64()
		a, err := s.Oracle.Infer(ctx, id, in)
		if err != nil {
			return fmt.Errorf("inference %d: %w", id, err)
		}
		s.Requests = append(s.Requests, id)
		s.Answers = append(s.Answers, a)
		s.Log("  request %d: digit %d → model says %s (%d contributions attributed)", id, q.Label, a.Prediction, len(a.Attribution))
	}
	return nil
}

// Settle closes the epoch (anvil time travel) and waits until the oracle has proved, settled and
// published every request, and the indexer has verified the documents.
func (s *Scenario) Settle(ctx context.Context, timeout time.Duration) error {
	if err := s.Chain.Advance(ctx, s.EpochLength); err != nil {
		return err
	}
	want := map[uint64]bool{}
	for _, id := range s.Requests {
		want[id] = true
	}
	start := time.Now()
	lastStatus := ""
	err := waitFor(ctx, "the oracle to settle the epoch", timeout, time.Second, func() (bool, error) {
		bs, err := s.Oracle.Settlements(ctx)
		if err != nil {
			return false, err
		}
		done := 0
		var statuses []string
		var mine []SettlementBatch
		for _, b := range bs {
			if b.ModelID != s.ModelID {
				continue
			}
			mine = append(mine, b)
			statuses = append(statuses, b.Status)
			if b.Status == "failed" {
				return false, fmt.Errorf("settlement batch %s failed: %s", b.ID, b.Error)
			}
			if b.Status == "published" {
				for _, id := range b.RequestIDs {
					if want[id] {
						done++
					}
				}
			}
		}
		if st := strings.Join(statuses, ","); st != lastStatus {
			lastStatus = st
			if st != "" {
				s.Log("  settlement: %s (%.0fs)", st, time.Since(start).Seconds())
			}
		}
		s.Batches = mine
		return done == len(want), nil
	})
	if err != nil {
		return err
	}
	return waitFor(ctx, "the indexer to verify the published payout documents", 2*time.Minute, time.Second, func() (bool, error) {
		var out struct {
			Model *struct {
				Settlements struct {
					Nodes []IndexedSettlement `json:"nodes"`
				} `json:"settlements"`
			} `json:"model"`
		}
		if err := s.GraphQL.Query(ctx, `query($id: ID!) { model(id: $id) { settlements(first: 50) { nodes { batchId requestIds transaction publication } } } }`,
			map[string]any{"id": fmt.Sprint(s.ModelID)}, &out); err != nil {
			return false, err
		}
		if out.Model == nil || len(out.Model.Settlements.Nodes) < len(s.Batches) {
			return false, nil
		}
		for _, n := range out.Model.Settlements.Nodes {
			if n.Publication != "VERIFIED" {
				return false, nil
			}
		}
		s.Settled = out.Model.Settlements.Nodes
		return true, nil
	})
}

func short(s string) string {
	if len(s) > 8 {
		return s[:8]
	}
	return s
}
