package api

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/open-attribution/poa/internal/oracle/inference"
	"github.com/open-attribution/poa/internal/oracle/intake"
	"github.com/open-attribution/poa/internal/oracle/state"
	"github.com/open-attribution/poa/internal/oracle/training"
	"github.com/open-attribution/poa/internal/publish"
)

func timeOf(ms int64) time.Time { return time.UnixMilli(ms) }

// BaseModel is a stored base.
type BaseModel struct {
	Hash        string `json:"hash"`
	Name        string `json:"name"`
	Sizes       []int  `json:"sizes"`
	Quant       string `json:"quant"`
	Description string `json:"description"`
	CreatedAt   string `json:"createdAt"`
}

func baseOut(b state.Base) BaseModel {
	var sizes []int
	_ = json.Unmarshal([]byte(b.Sizes), &sizes)
	return BaseModel{Hash: b.Hash, Name: b.Name, Sizes: sizes, Quant: b.Quant, Description: b.Description,
		CreatedAt: timeOf(b.CreatedAt).UTC().Format(time.RFC3339)}
}

func (s *Server) listBases(w http.ResponseWriter, r *http.Request) *Error {
	bs, err := s.DB.ListBases(r.Context())
	if err != nil {
		return apiErr(http.StatusInternalServerError, CodeInternal, "%v", err)
	}
	out := make([]BaseModel, 0, len(bs))
	for _, b := range bs {
		out = append(out, baseOut(b))
	}
	writeJSON(w, http.StatusOK, map[string]any{"baseModels": out})
	return nil
}

func (s *Server) createBase(w http.ResponseWriter, r *http.Request) *Error {
	spec := training.BuiltinBase()
	if e := decodeJSON(w, r, s.MaxRequestBytes, &spec); e != nil {
		return e
	}
	if err := spec.Validate(); err != nil {
		return apiErr(http.StatusUnprocessableEntity, CodeInvalidParameters, "%v", err)
	}
	h, err := training.CreateBase(r.Context(), s.Models, s.DB, spec)
	if err != nil {
		return apiErr(http.StatusInternalServerError, CodeInternal, "%v", err)
	}
	b, err := s.DB.GetBase(r.Context(), h.Hex())
	if err != nil {
		return apiErr(http.StatusInternalServerError, CodeInternal, "%v", err)
	}
	writeJSON(w, http.StatusCreated, baseOut(*b))
	return nil
}

// Job is a training job as the API shows it.
type Job struct {
	ID        string            `json:"id"`
	Status    string            `json:"status"`
	Params    json.RawMessage   `json:"params"`
	Progress  training.Progress `json:"progress"`
	Result    *training.Result  `json:"result,omitempty"`
	Error     string            `json:"error,omitempty"`
	ModelID   uint64            `json:"modelId,omitempty"`
	CreatedAt string            `json:"createdAt"`
	UpdatedAt string            `json:"updatedAt"`
}

func (s *Server) jobOut(j *state.Job) Job {
	out := Job{ID: j.ID, Status: j.Status, Params: json.RawMessage(j.Params), Error: j.Error, ModelID: uint64(j.ModelID),
		CreatedAt: timeOf(j.CreatedAt).UTC().Format(time.RFC3339), UpdatedAt: timeOf(j.UpdatedAt).UTC().Format(time.RFC3339)}
	_ = json.Unmarshal([]byte(j.Progress), &out.Progress)
	if live, ok := s.Training.Live(j.ID); ok && (j.Status == state.JobRunning || j.Status == state.JobQueued) {
		out.Progress = live
	}
	var res training.Result
	if j.Result != "" && j.Result != "{}" && json.Unmarshal([]byte(j.Result), &res) == nil {
		out.Result = &res
	}
	return out
}

func (s *Server) createJob(w http.ResponseWriter, r *http.Request) *Error {
	var p training.Params
	if e := decodeJSON(w, r, s.MaxRequestBytes, &p); e != nil {
		return e
	}
	j, err := s.Training.Submit(r.Context(), p)
	if errors.Is(err, state.ErrNotFound) {
		return apiErr(http.StatusUnprocessableEntity, CodeUnknownBase, "%v (create one with POST /v1/base-models)", err)
	}
	if err != nil {
		return apiErr(http.StatusUnprocessableEntity, CodeInvalidParameters, "%s", strings.ReplaceAll(err.Error(), "\n", "; "))
	}
	w.Header().Set("Location", "/v1/training-jobs/"+j.ID)
	writeJSON(w, http.StatusAccepted, s.jobOut(j))
	return nil
}

func (s *Server) listJobs(w http.ResponseWriter, r *http.Request) *Error {
	js, err := s.DB.ListJobs(r.Context())
	if err != nil {
		return apiErr(http.StatusInternalServerError, CodeInternal, "%v", err)
	}
	out := make([]Job, 0, len(js))
	for i := range js {
		out = append(out, s.jobOut(&js[i]))
	}
	writeJSON(w, http.StatusOK, map[string]any{"trainingJobs": out})
	return nil
}

func (s *Server) getJob(w http.ResponseWriter, r *http.Request) *Error {
	j, err := s.DB.GetJob(r.Context(), r.PathValue("id"))
	if errors.Is(err, state.ErrNotFound) {
		return apiErr(http.StatusNotFound, CodeUnknownJob, "no training job %q", r.PathValue("id"))
	}
	if err != nil {
		return apiErr(http.StatusInternalServerError, CodeInternal, "%v", err)
	}
	writeJSON(w, http.StatusOK, s.jobOut(j))
	return nil
}

// Model is a served model.
type Model struct {
	ModelID            uint64          `json:"modelId"`
	DatanetID          uint64          `json:"datanetId"`
	ContributionCount  uint64          `json:"contributionCount"`
	BaseModel          string          `json:"baseModel"`
	AdapterHash        string          `json:"adapterHash"`
	TrainingConfigHash string          `json:"trainingConfigHash"`
	GradientCommitment string          `json:"gradientCommitment"`
	FeaturesHash       string          `json:"featuresHash"`
	Owner              string          `json:"owner"`
	InferenceFee       string          `json:"inferenceFee"`
	TrainingJob        string          `json:"trainingJob"`
	Contributions      json.RawMessage `json:"contributions"`
}

func modelOut(m state.Model) Model {
	return Model{ModelID: uint64(m.ModelID), DatanetID: uint64(m.DatanetID), ContributionCount: uint64(m.ContributionCount),
		BaseModel: m.BaseHash, AdapterHash: m.AdapterHash, TrainingConfigHash: m.TrainingConfigHash,
		GradientCommitment: m.GradientCommitment, FeaturesHash: m.FeaturesHash, Owner: m.Owner, InferenceFee: m.InferenceFee.String(),
		TrainingJob: m.JobID, Contributions: json.RawMessage(m.Leaves)}
}

func (s *Server) listModels(w http.ResponseWriter, r *http.Request) *Error {
	ms, err := s.DB.ListModels(r.Context())
	if err != nil {
		return apiErr(http.StatusInternalServerError, CodeInternal, "%v", err)
	}
	out := make([]Model, 0, len(ms))
	for _, m := range ms {
		out = append(out, modelOut(m))
	}
	writeJSON(w, http.StatusOK, map[string]any{"models": out})
	return nil
}

func (s *Server) getModel(w http.ResponseWriter, r *http.Request) *Error {
	id, e := pathUint(r, "id")
	if e != nil {
		return e
	}
	m, err := s.DB.GetModel(r.Context(), int64(id))
	if errors.Is(err, state.ErrNotFound) {
		return apiErr(http.StatusNotFound, CodeUnknownModel, "this oracle does not serve model %d", id)
	}
	if err != nil {
		return apiErr(http.StatusInternalServerError, CodeInternal, "%v", err)
	}
	writeJSON(w, http.StatusOK, modelOut(*m))
	return nil
}

// InferenceRequest is the body of POST /v1/inference.
type InferenceRequest struct {
	// RequestID is the vault's request id (from InferenceRequested), a number or a decimal string.
	RequestID json.Number `json:"requestId"`
	// Input is the exact input whose keccak256 the request committed to (for the reference model:
	// 64 comma-separated pixel values 0..16).
	Input *string `json:"input"`
}

func (s *Server) postInference(w http.ResponseWriter, r *http.Request) *Error {
	var req InferenceRequest
	if e := decodeJSON(w, r, s.MaxRequestBytes, &req); e != nil {
		return e
	}
	id, err := strconv.ParseUint(req.RequestID.String(), 10, 64)
	if err != nil || id == 0 {
		return apiErr(http.StatusBadRequest, CodeBadRequest, "requestId must be a positive integer, got %q", req.RequestID.String())
	}
	if req.Input == nil {
		return apiErr(http.StatusBadRequest, CodeBadRequest, "input is required")
	}
	ctx, cancel := s.chainCtx(r)
	defer cancel()
	a, err := s.Inference.Answer(ctx, id, []byte(*req.Input))
	switch {
	case err == nil:
		writeJSON(w, http.StatusOK, a)
		return nil
	case errors.Is(err, inference.ErrUnknownRequest):
		return apiErr(http.StatusNotFound, CodeUnknownRequest, "%v", err)
	case errors.Is(err, inference.ErrUnknownModel):
		return apiErr(http.StatusNotFound, CodeUnknownModel, "%v", err)
	case errors.Is(err, inference.ErrInputMismatch):
		return apiErr(http.StatusUnprocessableEntity, CodeInputMismatch, "%v", err)
	case errors.Is(err, inference.ErrSettled):
		return apiErr(http.StatusConflict, CodeRequestSettled, "%v", err)
	case errors.Is(err, inference.ErrBadInput):
		e := apiErr(http.StatusUnprocessableEntity, CodeMalformedInput, "%v", err)
		var ce *intake.ContentError
		if errors.As(err, &ce) {
			e.Line, e.Column = ce.Line, ce.Column
		}
		return e
	}
	return chainErr(err, "answering")
}

func (s *Server) getInference(w http.ResponseWriter, r *http.Request) *Error {
	id, e := pathUint(r, "requestId")
	if e != nil {
		return e
	}
	req, err := s.DB.GetRequest(r.Context(), int64(id))
	if errors.Is(err, state.ErrNotFound) {
		return apiErr(http.StatusNotFound, CodeUnknownRequest, "request %d is not known to this oracle", id)
	}
	if err != nil {
		return apiErr(http.StatusInternalServerError, CodeInternal, "%v", err)
	}
	if req.Answer == "" {
		return apiErr(http.StatusNotFound, CodeNotAnswered, "request %d has not been answered (POST /v1/inference with its input)", id)
	}
	var rec inference.Record
	if err := json.Unmarshal([]byte(req.Answer), &rec); err != nil {
		return apiErr(http.StatusInternalServerError, CodeInternal, "%v", err)
	}
	writeJSON(w, http.StatusOK, map[string]any{"status": req.Status, "batch": req.BatchID, "answer": rec.Answer})
	return nil
}

// Settlement summarises a batch.
type Settlement struct {
	ID                  string  `json:"id"`
	ModelID             uint64  `json:"modelId"`
	Epoch               uint64  `json:"epoch"`
	Status              string  `json:"status"`
	RequestIDs          []int64 `json:"requestIds"`
	BatchID             *int64  `json:"batchId,omitempty"`
	PreviousRoot        string  `json:"previousPayoutRoot,omitempty"`
	NewRoot             string  `json:"newPayoutRoot,omitempty"`
	Distributed         string  `json:"distributed"`
	InferenceCommitment string  `json:"inferenceCommitment,omitempty"`
	TxIntent            string  `json:"transaction,omitempty"`
	SettledBlock        int64   `json:"settledBlock,omitempty"`
	Error               string  `json:"error,omitempty"`
	Document            string  `json:"document,omitempty"`
}

func (s *Server) listSettlements(w http.ResponseWriter, r *http.Request) *Error {
	var modelID uint64
	if q := r.URL.Query().Get("modelId"); q != "" {
		v, err := strconv.ParseUint(q, 10, 64)
		if err != nil || v == 0 {
			return apiErr(http.StatusBadRequest, CodeBadRequest, "modelId %q is not a positive integer", q)
		}
		modelID = v
	}
	bs, err := s.DB.ListBatches(r.Context(), int64(modelID))
	if err != nil {
		return apiErr(http.StatusInternalServerError, CodeInternal, "%v", err)
	}
	out := make([]Settlement, 0, len(bs))
	for _, b := range bs {
		st := Settlement{ID: b.ID, ModelID: uint64(b.ModelID), Epoch: uint64(b.Epoch), Status: b.Status, PreviousRoot: b.PreviousRoot,
			NewRoot: b.NewRoot, Distributed: b.Distributed.String(), InferenceCommitment: b.InferenceCommitment, TxIntent: b.TxIntent,
			SettledBlock: b.SettledBlock, Error: b.Error}
		_ = json.Unmarshal([]byte(b.RequestIDs), &st.RequestIDs)
		if b.ChainBatchID >= 0 && b.Status != state.BatchCreated && b.Status != state.BatchProving {
			id := b.ChainBatchID
			st.BatchID = &id
		}
		if b.Status == state.BatchPublished {
			st.Document = fmt.Sprintf("/v1/settlements/%d/%d", b.ModelID, b.ChainBatchID)
		}
		out = append(out, st)
	}
	writeJSON(w, http.StatusOK, map[string]any{"settlements": out})
	return nil
}

func (s *Server) serveDocument(w http.ResponseWriter, modelID, batchID uint64) *Error {
	return s.serveFile(w, publish.RelPath(modelID, batchID), fmt.Sprintf("no document published for model %d batch %d", modelID, batchID))
}

// serveFile serves a published document by its path under the publication directory.
func (s *Server) serveFile(w http.ResponseWriter, rel, missing string) *Error {
	p := filepath.Join(s.PublishDir, filepath.FromSlash(rel))
	b, err := os.ReadFile(p)
	if errors.Is(err, os.ErrNotExist) {
		return apiErr(http.StatusNotFound, CodeNotPublished, "%s", missing)
	}
	if err != nil {
		return apiErr(http.StatusInternalServerError, CodeInternal, "%v", err)
	}
	w.Header().Set("Content-Type", "application/json")
	w.Write(b)
	return nil
}

func (s *Server) getSettlement(w http.ResponseWriter, r *http.Request) *Error {
	m, e := pathUint(r, "modelId")
	if e != nil {
		return e
	}
	b, err := strconv.ParseUint(r.PathValue("batchId"), 10, 64)
	if err != nil {
		return apiErr(http.StatusBadRequest, CodeBadRequest, "batchId %q is not a non-negative integer", r.PathValue("batchId"))
	}
	return s.serveDocument(w, m, b)
}

// getPublished serves the publication tree the indexer and the audit read (--published
// <base>/v1/published): <batchId>.json (the batch document) and <batchId>.inferences.json (the
// batch's inference gradients).
func (s *Server) getPublished(w http.ResponseWriter, r *http.Request) *Error {
	m, e := pathUint(r, "modelId")
	if e != nil {
		return e
	}
	file := r.PathValue("file")
	if name, ok := strings.CutSuffix(file, ".inferences.json"); ok {
		b, err := strconv.ParseUint(name, 10, 64)
		if err != nil {
			return apiErr(http.StatusNotFound, CodeNotPublished, "no document %q (want <batchId>.inferences.json)", file)
		}
		return s.serveFile(w, publish.InferencesRelPath(m, b), fmt.Sprintf("no inference gradients published for model %d batch %d", m, b))
	}
	name, ok := strings.CutSuffix(file, ".json")
	b, err := strconv.ParseUint(name, 10, 64)
	if !ok || err != nil {
		return apiErr(http.StatusNotFound, CodeNotPublished, "no document %q (want <batchId>.json)", file)
	}
	return s.serveDocument(w, m, b)
}

// getGradients serves a model's published gradient features.
func (s *Server) getGradients(w http.ResponseWriter, r *http.Request) *Error {
	m, e := pathUint(r, "modelId")
	if e != nil {
		return e
	}
	return s.serveFile(w, publish.GradientsRelPath(m), fmt.Sprintf("no gradients published for model %d", m))
}
