package inference

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"strconv"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/open-attribution/poa/internal/influence"
	"github.com/open-attribution/poa/internal/oracle/attribution"
	"github.com/open-attribution/poa/internal/oracle/compute"
	"github.com/open-attribution/poa/internal/oracle/intake"
	"github.com/open-attribution/poa/internal/oracle/metrics"
	"github.com/open-attribution/poa/internal/oracle/onchain"
	"github.com/open-attribution/poa/internal/oracle/signing"
	"github.com/open-attribution/poa/internal/oracle/state"
)

// Item is one contribution's part of an answer.
type Item struct {
	Index          uint64         `json:"index"`
	ContributionID uint64         `json:"contributionId"`
	Contributor    common.Address `json:"contributor"`
	// Score is the fixed-point DataInf helpfulness (integer at scale 2^16, decimal string).
	Score string `json:"score"`
	// ScoreFloat is Score / 2^16, for display.
	ScoreFloat float64 `json:"scoreFloat"`
	// Share is this contribution's wei of the request's contributor share.
	Share string `json:"share"`
}

// Answer is the signed response to an inference request.
type Answer struct {
	RequestID     uint64      `json:"requestId"`
	ModelID       uint64      `json:"modelId"`
	Epoch         uint64      `json:"epoch"`
	InputHash     common.Hash `json:"inputHash"`
	Prediction    string      `json:"prediction"`
	Probabilities []float64   `json:"probabilities"`
	Fee           string      `json:"fee"`
	// ContributorsBps is the vault's contributors' share of fees when the answer was made, and
	// ContributorShare = floor(fee · bps / 10000), what is split among the contributions.
	ContributorsBps  uint16 `json:"contributorsBps"`
	ContributorShare string `json:"contributorShare"`
	// Dust is the part of the contributor share no contribution gets (to the treasury).
	Dust string `json:"dust"`
	// ScoreScale is the scale of the integer scores (2^16).
	ScoreScale int64 `json:"scoreScale"`
	// Attribution lists the contributions with a positive score, by index.
	Attribution     []Item         `json:"attribution"`
	AttributionHash common.Hash    `json:"attributionHash"`
	Signer          common.Address `json:"signer"`
	Digest          common.Hash    `json:"digest"`
	Signature       hexutil.Bytes  `json:"signature"`
}

// Message returns the signed message of an answer, recomputing both hashes from its fields.
func (a *Answer) Message() (signing.Message, error) {
	idx := make([]uint64, len(a.Attribution))
	scores := make([]*big.Int, len(a.Attribution))
	shares := make([]*big.Int, len(a.Attribution))
	for i, it := range a.Attribution {
		var ok1, ok2 bool
		idx[i] = it.Index
		scores[i], ok1 = new(big.Int).SetString(it.Score, 10)
		shares[i], ok2 = new(big.Int).SetString(it.Share, 10)
		if !ok1 || !ok2 {
			return signing.Message{}, fmt.Errorf("answer: bad score or share of index %d", it.Index)
		}
	}
	cs, ok := new(big.Int).SetString(a.ContributorShare, 10)
	if !ok {
		return signing.Message{}, fmt.Errorf("answer: bad contributor share %q", a.ContributorShare)
	}
	ah, err := signing.AttributionHash(idx, scores, shares, cs)
	if err != nil {
		return signing.Message{}, err
	}
	return signing.Message{RequestID: new(big.Int).SetUint64(a.RequestID), ModelID: new(big.Int).SetUint64(a.ModelID),
		InputHash: a.InputHash, PredictionHash: signing.PredictionHash(a.Prediction), AttributionHash: ah}, nil
}

// Record is what the database keeps per answered request: the answer and the quantised query the
// settlement proof needs.
type Record struct {
	Answer Answer  `json:"answer"`
	Query  []int64 `json:"query"`
	// Scores and Shares of every contribution (index order), not only the positive ones.
	Scores []string `json:"scores"`
	Shares []string `json:"shares"`
}

// Errors the API maps to status codes.
var (
	ErrUnknownRequest = errors.New("unknown inference request")
	ErrUnknownModel   = errors.New("this oracle does not serve the request's model")
	ErrInputMismatch  = errors.New("input does not hash to the request's inputHash")
	ErrSettled        = errors.New("request already settled without an answer")
	ErrBadInput       = errors.New("malformed input")
)

// Service answers requests.
type Service struct {
	DB      *state.DB
	Suite   *onchain.Suite
	Watcher *onchain.Watcher
	Cache   *Cache
	Backend compute.Backend
	Signer  *signing.Signer
	Logger  *slog.Logger
	Metrics *metrics.Metrics
	// SplitTTL is how long the vault's fee split is cached.
	SplitTTL time.Duration

	mu        sync.Mutex
	bps       uint16
	bpsExpiry time.Time
}

func (s *Service) contributorsBps(ctx context.Context) (uint16, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if time.Now().Before(s.bpsExpiry) {
		return s.bps, nil
	}
	fs, err := s.Suite.FeeSplit(ctx)
	if err != nil {
		return 0, err
	}
	ttl := s.SplitTTL
	if ttl <= 0 {
		ttl = 30 * time.Second
	}
	s.bps, s.bpsExpiry = fs.ContributorsBps, time.Now().Add(ttl)
	return s.bps, nil
}

// Answer answers request id with input (the exact bytes whose keccak256 the requester committed to).
func (s *Service) Answer(ctx context.Context, id uint64, input []byte) (*Answer, error) {
	start := time.Now()
	a, err := s.answer(ctx, id, input)
	if s.Metrics != nil {
		outcome := "answered"
		if err != nil {
			outcome = "refused"
		}
		s.Metrics.Inferences.WithLabelValues(outcome).Inc()
		if err == nil {
			s.Metrics.AttributionDuration.Observe(time.Since(start).Seconds())
		}
	}
	return a, err
}

func (s *Service) answer(ctx context.Context, id uint64, input []byte) (*Answer, error) {
	req, err := s.Watcher.Lookup(ctx, id)
	if errors.Is(err, state.ErrNotFound) {
		return nil, fmt.Errorf("%w: request %d", ErrUnknownRequest, id)
	}
	if err != nil {
		return nil, err
	}
	if got := crypto.Keccak256Hash(input); got != common.HexToHash(req.InputHash) {
		return nil, fmt.Errorf("%w: keccak256(input) = %s, request %d has %s", ErrInputMismatch, got.Hex(), id, req.InputHash)
	}
	if req.Status != state.RequestRequested {
		return decodeAnswer(req)
	}
	onchainReq, err := s.Suite.Request(ctx, id)
	if err != nil {
		return nil, err
	}
	if onchainReq.Status != onchain.RequestPending {
		return nil, fmt.Errorf("%w: request %d (vault status %d)", ErrSettled, id, onchainReq.Status)
	}
	loaded, err := s.Cache.Get(ctx, req.ModelID)
	if errors.Is(err, state.ErrNotFound) {
		return nil, fmt.Errorf("%w: model %d", ErrUnknownModel, req.ModelID)
	}
	if err != nil {
		return nil, err
	}
	x, err := intake.ParseTabularInput(input)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadInput, err)
	}
	bps, err := s.contributorsBps(ctx)
	if err != nil {
		return nil, err
	}
	rec, err := s.compute(ctx, loaded, req, x, bps)
	if err != nil {
		return nil, err
	}
	b, err := json.Marshal(rec)
	if err != nil {
		return nil, err
	}
	if err := s.DB.AnswerRequest(ctx, int64(id), string(input), string(b)); errors.Is(err, state.ErrAlreadyAnswered) {
		req, err := s.DB.GetRequest(ctx, int64(id))
		if err != nil {
			return nil, err
		}
		return decodeAnswer(req)
	} else if err != nil {
		return nil, err
	}
	s.Logger.InfoContext(ctx, "inference answered", "component", "inference", "request", id, "model", req.ModelID,
		"prediction", rec.Answer.Prediction, "attributed", len(rec.Answer.Attribution))
	return &rec.Answer, nil
}

func decodeAnswer(req *state.Request) (*Answer, error) {
	if req.Answer == "" {
		return nil, fmt.Errorf("%w: request %d", ErrSettled, req.RequestID)
	}
	var rec Record
	if err := json.Unmarshal([]byte(req.Answer), &rec); err != nil {
		return nil, fmt.Errorf("stored answer of request %d: %w", req.RequestID, err)
	}
	return &rec.Answer, nil
}

// ContributorShare is compute.ContributorShare.
func ContributorShare(fee *big.Int, bps uint16) *big.Int { return compute.ContributorShare(fee, bps) }

// compute runs the model and the attribution and signs the answer.
func (s *Service) compute(ctx context.Context, l *Loaded, req *state.Request, x []float64, bps uint16) (*Record, error) {
	q, err := attribution.QueryFeatures(ctx, l.Model, x, l.Features.Projector())
	if err != nil {
		return nil, err
	}
	fee := req.Fee.Big()
	share := ContributorShare(fee, bps)
	att, err := s.Backend.Attribute(ctx, attribution.Input(l.Features.Rows, q.Row, l.Features.Layers), share)
	if err != nil {
		return nil, err
	}
	a := Answer{RequestID: uint64(req.RequestID), ModelID: uint64(req.ModelID), Epoch: uint64(req.Epoch),
		InputHash: common.HexToHash(req.InputHash), Prediction: strconv.Itoa(q.Prediction), Probabilities: q.Probabilities,
		Fee: fee.String(), ContributorsBps: bps, ContributorShare: share.String(), Dust: att.Dust.String(),
		ScoreScale: influence.FixedScale, Attribution: []Item{}, Signer: s.Signer.Address()}
	rec := &Record{Query: q.Row}
	for k, sc := range att.Scores {
		rec.Scores = append(rec.Scores, sc.String())
		rec.Shares = append(rec.Shares, att.Shares[k].String())
		if sc.Sign() <= 0 {
			continue
		}
		leaf := l.Features.Leaves[k]
		a.Attribution = append(a.Attribution, Item{Index: leaf.Index, ContributionID: leaf.ContributionID, Contributor: leaf.Contributor,
			Score: sc.String(), ScoreFloat: influence.FixedToFloat(sc), Share: att.Shares[k].String()})
	}
	msg, err := a.Message()
	if err != nil {
		return nil, err
	}
	a.AttributionHash = msg.AttributionHash
	if a.Digest, a.Signature, err = s.Signer.Sign(msg); err != nil {
		return nil, err
	}
	rec.Answer = a
	return rec, nil
}
