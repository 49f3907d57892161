package training

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/google/uuid"

	"github.com/open-attribution/poa/bindings/modelregistry"
	"github.com/open-attribution/poa/internal/contentstore"
	"github.com/open-attribution/poa/internal/influence"
	"github.com/open-attribution/poa/internal/model"
	"github.com/open-attribution/poa/internal/oracle/attribution"
	"github.com/open-attribution/poa/internal/oracle/failpoint"
	"github.com/open-attribution/poa/internal/oracle/metrics"
	"github.com/open-attribution/poa/internal/oracle/onchain"
	"github.com/open-attribution/poa/internal/oracle/state"
	"github.com/open-attribution/poa/internal/oracle/txmgr"
	"github.com/open-attribution/poa/internal/store"
)

// Params is a training request (POST /v1/training-jobs, `oracle train`).
type Params struct {
	DatanetID uint64 `json:"datanetId"`
	// ContributionCount trains on the datanet's first k accepted contributions; 0 means all.
	ContributionCount uint64      `json:"contributionCount,omitempty"`
	BaseModel         common.Hash `json:"baseModel"`
	Rank              int         `json:"rank"`
	Alpha             float64     `json:"alpha"`
	LearningRate      float64     `json:"learningRate"`
	Epochs            int         `json:"epochs"`
	BatchSize         int         `json:"batchSize"`
	QLoRA             bool        `json:"qlora"`
	// HeldOut is the fraction of samples kept out of training for evaluation (default 0.2).
	HeldOut *float64 `json:"heldOut,omitempty"`
	Seed    uint64   `json:"seed,omitempty"`
	// Owner receives the model-owner share (default: the oracle).
	Owner common.Address `json:"owner,omitempty"`
	// InferenceFee is the OPEN wei charged per inference, a decimal string.
	InferenceFee string `json:"inferenceFee"`
	MetadataURI  string `json:"metadataURI,omitempty"`
}

// Limits of a training request.
const (
	MaxRank      = 64
	MaxEpochs    = 10000
	MaxBatchSize = 1 << 16
)

var maxUint96 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 96), big.NewInt(1))

// Validate checks a request and fills defaults; problems are named field by field.
func (p *Params) Validate(oracle common.Address) error {
	var errs []error
	bad := func(format string, a ...any) { errs = append(errs, fmt.Errorf(format, a...)) }
	if p.DatanetID == 0 {
		bad("datanetId is required (ids start at 1)")
	}
	if p.BaseModel == (common.Hash{}) {
		bad("baseModel (the base's 0x hash, see GET /v1/base-models) is required")
	}
	if p.Rank < 1 || p.Rank > MaxRank {
		bad("rank must be 1..%d", MaxRank)
	}
	if !(p.Alpha > 0) || math.IsInf(p.Alpha, 0) {
		bad("alpha must be a positive number")
	}
	if !(p.LearningRate > 0) || p.LearningRate > 10 {
		bad("learningRate must be in (0, 10]")
	}
	if p.Epochs < 1 || p.Epochs > MaxEpochs {
		bad("epochs must be 1..%d", MaxEpochs)
	}
	if p.BatchSize < 1 || p.BatchSize > MaxBatchSize {
		bad("batchSize must be 1..%d", MaxBatchSize)
	}
	if p.HeldOut == nil {
		h := 0.2
		p.HeldOut = &h
	} else if !(*p.HeldOut >= 0 && *p.HeldOut < 1) {
		bad("heldOut must be in [0, 1)")
	}
	if p.Seed == 0 {
		p.Seed = 1
	}
	if p.Owner == (common.Address{}) {
		p.Owner = oracle
	}
	if fee, ok := new(big.Int).SetString(p.InferenceFee, 10); !ok || fee.Sign() <= 0 || fee.Cmp(maxUint96) > 0 {
		bad("inferenceFee must be a decimal wei amount in 1..2^96-1")
	}
	return errors.Join(errs...)
}

// TrainingConfig is what the on-chain trainingConfigHash commits to: keccak256 of its compact JSON.
type TrainingConfig struct {
	DatanetID         uint64      `json:"datanetId"`
	ContributionCount uint64      `json:"contributionCount"`
	BaseModel         common.Hash `json:"baseModel"` // the base as trained on (quantised when QLoRA)
	Rank              int         `json:"rank"`
	Alpha             float64     `json:"alpha"`
	LearningRate      float64     `json:"learningRate"`
	Epochs            int         `json:"epochs"`
	BatchSize         int         `json:"batchSize"`
	QLoRA             bool        `json:"qlora"`
	HeldOut           float64     `json:"heldOut"`
	Seed              uint64      `json:"seed"`
	ProjectionSeed    uint64      `json:"projectionSeed"`
	FeatureDim        int         `json:"featureDim"`
}

// Hash is keccak256 of the compact JSON encoding.
func (c TrainingConfig) Hash() common.Hash {
	b, _ := json.Marshal(c)
	return crypto.Keccak256Hash(b)
}

// Progress is a job's live progress.
type Progress struct {
	Stage          string  `json:"stage"` // queued, loading, training, evaluating, features, registering, done, failed
	Epoch          int     `json:"epoch"`
	Epochs         int     `json:"epochs"`
	Step           int     `json:"step"`
	Steps          int     `json:"steps"`
	Loss           float64 `json:"loss"`
	Accuracy       float64 `json:"accuracy"`
	ElapsedSeconds float64 `json:"elapsedSeconds"`
	ETASeconds     float64 `json:"etaSeconds"`
	// History is the loss curve so far (one point per epoch, thinned to at most MaxHistory points),
	// for the ModelFactory's live loss chart.
	History []LossPoint `json:"history,omitempty"`
}

// LossPoint is one point of a job's loss curve.
type LossPoint struct {
	Epoch    int     `json:"epoch"`
	Step     int     `json:"step"`
	Loss     float64 `json:"loss"`
	Accuracy float64 `json:"accuracy"`
}

// MaxHistory bounds Progress.History: longer runs record every ceil(epochs/MaxHistory)-th epoch.
const MaxHistory = 200

// Result is what a finished job produced.
type Result struct {
	Config             TrainingConfig `json:"config"`
	TrainingConfigHash common.Hash    `json:"trainingConfigHash"`
	AdapterHash        common.Hash    `json:"adapterHash"`
	FeaturesHash       common.Hash    `json:"featuresHash"`
	GradientCommitment common.Hash    `json:"gradientCommitment"`
	TrainSamples       int            `json:"trainSamples"`
	HeldOutSamples     int            `json:"heldOutSamples"`
	HeldOutLoss        *float64       `json:"heldOutLoss,omitempty"`
	HeldOutAccuracy    *float64       `json:"heldOutAccuracy,omitempty"`
	ClampedFeatures    int            `json:"clampedFeatures"`
	ModelID            uint64         `json:"modelId,omitempty"`
	TxHash             common.Hash    `json:"txHash,omitempty"`
}

// FeatureSpec is what the proof system fixes about features: the projection, how many
// contributions a model may have, and the commitment registered on chain (over the contributors,
// by accepted index, and their feature rows).
type FeatureSpec interface {
	Projector() influence.Projector
	Layers() []int
	MaxContributions() int
	GradientCommitment(accounts []common.Address, rows [][]int64) (common.Hash, error)
}

// Runner runs training jobs in the background.
type Runner struct {
	DB      *state.DB
	Suite   *onchain.Suite
	Content *contentstore.Store
	Models  *contentstore.Store
	Tx      *txmgr.Manager
	Spec    FeatureSpec
	Workers int
	Logger  *slog.Logger
	Metrics *metrics.Metrics
	FP      *failpoint.Set

	once     sync.Once
	queue    chan string
	mu       sync.Mutex
	live     map[string]Progress
	inflight map[string]bool
}

func (r *Runner) init() {
	r.once.Do(func() {
		r.queue = make(chan string, 1024)
		r.live = map[string]Progress{}
		r.inflight = map[string]bool{}
	})
}

// Submit validates and queues a job.
func (r *Runner) Submit(ctx context.Context, p Params) (*state.Job, error) {
	r.init()
	if err := p.Validate(r.Tx.From()); err != nil {
		return nil, err
	}
	if _, err := r.DB.GetBase(ctx, p.BaseModel.Hex()); err != nil {
		return nil, fmt.Errorf("baseModel %s: %w", p.BaseModel.Hex(), err)
	}
	params, _ := json.Marshal(p)
	prog, _ := json.Marshal(Progress{Stage: state.JobQueued})
	j := &state.Job{ID: uuid.NewString(), Status: state.JobQueued, Params: string(params), Progress: string(prog), Result: "{}"}
	if err := r.DB.InsertJob(ctx, j); err != nil {
		return nil, err
	}
	select {
	case r.queue <- j.ID:
	default:
		return nil, fmt.Errorf("training queue is full; try again later")
	}
	r.depth()
	return j, nil
}

// Live returns the in-memory progress of a running job.
func (r *Runner) Live(id string) (Progress, bool) {
	r.init()
	r.mu.Lock()
	defer r.mu.Unlock()
	p, ok := r.live[id]
	return p, ok
}

func (r *Runner) depth() {
	if r.Metrics != nil {
		r.Metrics.QueueDepth.WithLabelValues(metrics.QueueTraining).Set(float64(len(r.queue)))
	}
}

// Run resumes unfinished jobs (from their last durable state) and processes the queue until ctx ends.
func (r *Runner) Run(ctx context.Context) error {
	r.init()
	pending, err := r.DB.ListJobs(ctx, state.JobQueued, state.JobRunning, state.JobRegistering)
	if err != nil {
		return err
	}
	for i := len(pending) - 1; i >= 0; i-- { // oldest first
		r.queue <- pending[i].ID
	}
	workers := max(r.Workers, 1)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-ctx.Done():
					return
				case id := <-r.queue:
					r.depth()
					r.process(ctx, id)
				}
			}
		}()
	}
	wg.Wait()
	return ctx.Err()
}

func (r *Runner) setProgress(ctx context.Context, j *state.Job, p Progress, persist bool) {
	r.mu.Lock()
	r.live[j.ID] = p
	r.mu.Unlock()
	if persist {
		b, _ := json.Marshal(p)
		j.Progress = string(b)
		if err := r.DB.UpdateJob(ctx, j, "progress"); err != nil {
			r.Logger.WarnContext(ctx, "saving training progress", "job", j.ID, "err", err)
		}
	}
}

// claim marks a job as being processed; a job queued twice (submitted while Run resumed the
// pending ones) runs once.
func (r *Runner) claim(id string) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.inflight[id] {
		return false
	}
	r.inflight[id] = true
	return true
}

func (r *Runner) process(ctx context.Context, id string) {
	if !r.claim(id) {
		return
	}
	defer func() {
		r.mu.Lock()
		delete(r.inflight, id)
		r.mu.Unlock()
	}()
	j, err := r.DB.GetJob(ctx, id)
	if err != nil {
		r.Logger.ErrorContext(ctx, "loading training job", "job", id, "err", err)
		return
	}
	if j.Status == state.JobDone || j.Status == state.JobFailed {
		return
	}
	start := time.Now()
	log := r.Logger.With("component", "training", "job", j.ID)
	var res *Result
	if j.Status == state.JobRegistering {
		res = new(Result)
		err = json.Unmarshal([]byte(j.Result), res)
	} else {
		j.Status = state.JobRunning
		if err = r.DB.UpdateJob(ctx, j, "status"); err == nil {
			res, err = r.train(ctx, j, log)
		}
	}
	if err == nil {
		err = r.register(ctx, j, res, log)
	}
	if ctx.Err() != nil {
		log.InfoContext(ctx, "training interrupted; it resumes on restart")
		return
	}
	outcome := "done"
	if err != nil {
		outcome = "failed"
		log.ErrorContext(ctx, "training job failed", "err", err)
		j.Status, j.Error = state.JobFailed, err.Error()
		// The stored progress says failed too (keeping the epochs and loss history reached), so a
		// client reading the job after a restart sees where it stopped and that it stopped.
		last, ok := r.Live(j.ID)
		if !ok {
			_ = json.Unmarshal([]byte(j.Progress), &last)
		}
		failed := withStage(last, state.JobFailed)
		r.setProgress(ctx, j, failed, false)
		pb, _ := json.Marshal(failed)
		j.Progress = string(pb)
		if uerr := r.DB.UpdateJob(ctx, j, "status", "error", "progress"); uerr != nil {
			log.ErrorContext(ctx, "recording failure", "err", uerr)
		}
	}
	if r.Metrics != nil {
		r.Metrics.TrainingJobs.WithLabelValues(outcome).Inc()
		r.Metrics.TrainingDuration.Observe(time.Since(start).Seconds())
	}
}

// train runs every stage up to (not including) registration and records the result with status
// registering, before any transaction exists.
func (r *Runner) train(ctx context.Context, j *state.Job, log *slog.Logger) (*Result, error) {
	var p Params
	if err := json.Unmarshal([]byte(j.Params), &p); err != nil {
		return nil, fmt.Errorf("job parameters: %w", err)
	}
	started := time.Now()
	r.setProgress(ctx, j, Progress{Stage: "loading"}, true)
	data, err := LoadData(ctx, r.Suite, r.Content, p.DatanetID, p.ContributionCount)
	if err != nil {
		return nil, err
	}
	n := len(data.Leaves)
	if maxN := r.Spec.MaxContributions(); maxN > 0 && n > maxN {
		return nil, fmt.Errorf("the settlement circuit proves at most %d contributions; datanet %d has %d (train on fewer with contributionCount)",
			maxN, p.DatanetID, n)
	}
	train, group, eval := data.Split(*p.HeldOut, p.Seed)
	m, err := LoadBase(r.Models, p.BaseModel, p.Rank, p.Alpha)
	if err != nil {
		return nil, err
	}
	baseHash := p.BaseModel
	if p.QLoRA && m.Config.Quant == model.QuantNone {
		if err := m.QuantizeBase(model.QuantNF4, 0); err != nil {
			return nil, err
		}
		if baseHash, err = StoreBase(ctx, r.Models, r.DB, m, "nf4 of "+p.BaseModel.Hex(), "NF4 (QLoRA) quantisation of base "+p.BaseModel.Hex()); err != nil {
			return nil, err
		}
	}
	initAdapters(m, p.Seed)
	steps := (train.N + p.BatchSize - 1) / p.BatchSize
	log.InfoContext(ctx, "training", "datanet", p.DatanetID, "contributions", n, "train_samples", train.N, "epochs", p.Epochs,
		"rank", p.Rank, "qlora", p.QLoRA)
	trainStart := time.Now()
	var history []LossPoint
	every := max(1, (p.Epochs+MaxHistory-1)/MaxHistory)
	err = m.Train(ctx, train, model.TrainOptions{Epochs: p.Epochs, BatchSize: p.BatchSize, LR: p.LearningRate, Seed: p.Seed},
		func(pr model.Progress) {
			el := time.Since(trainStart).Seconds()
			eta := el / float64(pr.Epoch) * float64(pr.Epochs-pr.Epoch)
			if pr.Epoch%every == 0 || pr.Epoch == pr.Epochs {
				history = append(history, LossPoint{Epoch: pr.Epoch, Step: pr.Epoch * steps, Loss: pr.Loss, Accuracy: pr.Accuracy})
			}
			r.setProgress(ctx, j, Progress{Stage: "training", Epoch: pr.Epoch, Epochs: pr.Epochs, Step: pr.Epoch * steps,
				Steps: pr.Epochs * steps, Loss: pr.Loss, Accuracy: pr.Accuracy, ElapsedSeconds: time.Since(started).Seconds(),
				ETASeconds: eta, History: history[:len(history):len(history)]}, true)
		})
	if err != nil {
		return nil, err
	}
	last, _ := r.Live(j.ID)
	res := &Result{TrainSamples: train.N}
	r.setProgress(ctx, j, withStage(last, "evaluating"), true)
	if eval != nil {
		loss, acc, err := m.Evaluate(eval)
		if err != nil {
			return nil, err
		}
		res.HeldOutSamples, res.HeldOutLoss, res.HeldOutAccuracy = eval.N, &loss, &acc
	}
	r.setProgress(ctx, j, withStage(last, "features"), true)
	proj := r.Spec.Projector()
	rows, clamped, err := attribution.ContributionFeatures(ctx, m, train.X, train.Y, group, n, proj)
	if err != nil {
		return nil, err
	}
	accounts := make([]common.Address, n)
	for k, l := range data.Leaves {
		accounts[k] = l.Contributor
	}
	if res.GradientCommitment, err = r.Spec.GradientCommitment(accounts, rows); err != nil {
		return nil, fmt.Errorf("gradient commitment: %w", err)
	}
	res.ClampedFeatures = clamped
	var adapter bytes.Buffer
	ah, err := m.SaveAdapter(&adapter)
	if err != nil {
		return nil, err
	}
	want := contentstore.Hash(ah)
	if _, err := r.Models.PutBytes(ctx, adapter.Bytes(), &want); err != nil {
		return nil, err
	}
	feats := &attribution.Features{Version: attribution.FeaturesVersion, ProjectionSeed: proj.Seed, Dim: proj.Dim, Layers: r.Spec.Layers(), Rows: rows,
		Clamped: clamped, Leaves: data.Leaves}
	fb, err := feats.Encode()
	if err != nil {
		return nil, err
	}
	fh, err := r.Models.PutBytes(ctx, fb, nil)
	if err != nil {
		return nil, err
	}
	res.AdapterHash, res.FeaturesHash = common.Hash(ah), common.Hash(fh)
	res.Config = TrainingConfig{DatanetID: p.DatanetID, ContributionCount: uint64(n), BaseModel: baseHash, Rank: p.Rank, Alpha: p.Alpha,
		LearningRate: p.LearningRate, Epochs: p.Epochs, BatchSize: p.BatchSize, QLoRA: p.QLoRA, HeldOut: *p.HeldOut, Seed: p.Seed,
		ProjectionSeed: proj.Seed, FeatureDim: proj.Dim}
	res.TrainingConfigHash = res.Config.Hash()
	rb, _ := json.Marshal(res)
	j.Result, j.Status = string(rb), state.JobRegistering
	r.setProgress(ctx, j, withStage(last, "registering"), false)
	pb, _ := json.Marshal(withStage(last, "registering"))
	j.Progress = string(pb)
	if err := r.DB.UpdateJob(ctx, j, "result", "status", "progress"); err != nil {
		return nil, err
	}
	attrs := []any{"adapter", res.AdapterHash, "gradient_commitment", res.GradientCommitment, "train_samples", res.TrainSamples,
		"clamped_features", clamped, "seconds", time.Since(started).Seconds()}
	if res.HeldOutAccuracy != nil {
		attrs = append(attrs, "held_out_samples", res.HeldOutSamples, "held_out_accuracy", *res.HeldOutAccuracy, "held_out_loss", *res.HeldOutLoss)
	}
	log.InfoContext(ctx, "trained", attrs...)
	return res, nil
}

func withStage(p Progress, stage string) Progress {
	p.Stage = stage
	return p
}

// register sends registerModel (once: the intent is keyed by the job id), waits for it and records
// the model.
func (r *Runner) register(ctx context.Context, j *state.Job, res *Result, log *slog.Logger) error {
	var p Params
	if err := json.Unmarshal([]byte(j.Params), &p); err != nil {
		return fmt.Errorf("job parameters: %w", err)
	}
	fee, _ := new(big.Int).SetString(p.InferenceFee, 10)
	uri := p.MetadataURI
	if uri == "" {
		uri = "poa-oracle:model/" + res.AdapterHash.Hex()
	}
	r.FP.Hit(ctx, "train.before_register")
	calldata := r.Suite.ModelABI.PackRegisterModel(modelregistry.IModelRegistryModelParams{
		DatanetId: new(big.Int).SetUint64(res.Config.DatanetID), ContributionCount: res.Config.ContributionCount,
		BaseModelId: res.Config.BaseModel, AdapterHash: res.AdapterHash, TrainingConfigHash: res.TrainingConfigHash,
		GradientCommitment: res.GradientCommitment, Owner: p.Owner, InferenceFee: fee, MetadataURI: uri,
	})
	intent, err := r.Tx.Submit(ctx, "register", j.ID, r.Suite.Addrs.ModelRegistry, calldata)
	if err != nil {
		return err
	}
	if j.TxIntent != intent.ID {
		j.TxIntent = intent.ID
		if err := r.DB.UpdateJob(ctx, j, "tx_intent"); err != nil {
			return err
		}
	}
	receipt, err := r.Tx.Wait(ctx, intent.ID)
	if err != nil {
		return err
	}
	var ev *modelregistry.ModelRegistryModelRegistered
	for _, l := range receipt.Logs {
		if e, err := r.Suite.ModelABI.UnpackModelRegisteredEvent(l); err == nil {
			ev = e
		}
	}
	if ev == nil {
		return fmt.Errorf("registerModel receipt %s has no ModelRegistered event", receipt.TxHash)
	}
	fh := res.FeaturesHash
	fb, err := r.Models.ReadAll(contentstore.Hash(fh))
	if err != nil {
		return err
	}
	feats, err := attribution.DecodeFeatures(fb)
	if err != nil {
		return err
	}
	leaves, _ := json.Marshal(feats.Leaves)
	feeN, err := store.NewNumeric(fee)
	if err != nil {
		return err
	}
	mid := ev.ModelId.Uint64()
	if err := r.DB.PutModel(ctx, &state.Model{ModelID: int64(mid), DatanetID: int64(res.Config.DatanetID),
		ContributionCount: int64(res.Config.ContributionCount), BaseHash: res.Config.BaseModel.Hex(), AdapterHash: res.AdapterHash.Hex(),
		TrainingConfigHash: res.TrainingConfigHash.Hex(), GradientCommitment: res.GradientCommitment.Hex(), FeaturesHash: fh.Hex(),
		Owner: p.Owner.Hex(), InferenceFee: feeN, JobID: j.ID, Leaves: string(leaves), RegisteredBlock: receipt.BlockNumber.Int64()}); err != nil {
		return err
	}
	res.ModelID, res.TxHash = mid, receipt.TxHash
	rb, _ := json.Marshal(res)
	last, _ := r.Live(j.ID)
	pb, _ := json.Marshal(withStage(last, state.JobDone))
	j.Result, j.Status, j.ModelID, j.Progress = string(rb), state.JobDone, int64(mid), string(pb)
	r.setProgress(ctx, j, withStage(last, state.JobDone), false)
	if err := r.DB.UpdateJob(ctx, j, "result", "status", "model_id", "progress"); err != nil {
		return err
	}
	log.InfoContext(ctx, "model registered", "model", mid, "tx", receipt.TxHash, "block", receipt.BlockNumber)
	return nil
}
