package demo

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"strings"
	"time"
)

var httpClient = &http.Client{Timeout: 5 * time.Minute}

// APIError is an error answer of the oracle or the indexer.
type APIError struct {
	Status int
	Code   string
	Msg    string
}

func (e *APIError) Error() string { return fmt.Sprintf("HTTP %d %s: %s", e.Status, e.Code, e.Msg) }

func do(ctx context.Context, method, url, contentType string, body io.Reader, out any) error {
	req, err := http.NewRequestWithContext(ctx, method, url, body)
	if err != nil {
		return err
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	resp, err := httpClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		return err
	}
	if resp.StatusCode >= 300 {
		var e struct {
			Error struct{ Code, Message string } `json:"error"`
		}
		_ = json.Unmarshal(b, &e)
		if e.Error.Message == "" {
			e.Error.Message = strings.TrimSpace(string(b))
		}
		return &APIError{Status: resp.StatusCode, Code: e.Error.Code, Msg: e.Error.Message}
	}
	if out == nil {
		return nil
	}
	return json.Unmarshal(b, out)
}

func postJSON(ctx context.Context, url string, in, out any) error {
	b, err := json.Marshal(in)
	if err != nil {
		return err
	}
	return do(ctx, http.MethodPost, url, "application/json", bytes.NewReader(b), out)
}

// Oracle is the oracle daemon's HTTP API (internal/oracle/api/openapi.yaml).
type Oracle struct{ URL string }

// Upload sends a contribution's file.
func (o Oracle) Upload(ctx context.Context, contributionID uint64, name string, content []byte) error {
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	fw, err := mw.CreateFormFile("file", name)
	if err != nil {
		return err
	}
	fw.Write(content)
	mw.Close()
	return do(ctx, http.MethodPost, fmt.Sprintf("%s/v1/contributions/%d/content", o.URL, contributionID), mw.FormDataContentType(), &body, nil)
}

// Download fetches a contribution's stored file.
func (o Oracle) Download(ctx context.Context, contributionID uint64) ([]byte, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, fmt.Sprintf("%s/v1/contributions/%d/content", o.URL, contributionID), nil)
	if err != nil {
		return nil, err
	}
	resp, err := httpClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode != http.StatusOK {
		return nil, &APIError{Status: resp.StatusCode, Msg: strings.TrimSpace(string(b))}
	}
	return b, nil
}

// BaseModel is a stored frozen base.
type BaseModel struct {
	Hash string `json:"hash"`
	Name string `json:"name"`
}

// EnsureBase returns the first stored base, creating the built-in one when there is none.
func (o Oracle) EnsureBase(ctx context.Context) (BaseModel, error) {
	var list struct {
		BaseModels []BaseModel `json:"baseModels"`
	}
	if err := do(ctx, http.MethodGet, o.URL+"/v1/base-models", "", nil, &list); err != nil {
		return BaseModel{}, err
	}
	if len(list.BaseModels) > 0 {
		return list.BaseModels[0], nil
	}
	var b BaseModel
	err := postJSON(ctx, o.URL+"/v1/base-models", map[string]any{}, &b)
	return b, err
}

// TrainingParams is POST /v1/training-jobs.
type TrainingParams struct {
	DatanetID         uint64  `json:"datanetId"`
	ContributionCount uint64  `json:"contributionCount,omitempty"`
	BaseModel         string  `json:"baseModel"`
	Rank              int     `json:"rank"`
	Alpha             float64 `json:"alpha"`
	LearningRate      float64 `json:"learningRate"`
	Epochs            int     `json:"epochs"`
	BatchSize         int     `json:"batchSize"`
	QLoRA             bool    `json:"qlora"`
	Owner             string  `json:"owner,omitempty"`
	InferenceFee      string  `json:"inferenceFee"`
	MetadataURI       string  `json:"metadataURI,omitempty"`
}

// Job is a training job.
type Job struct {
	ID       string `json:"id"`
	Status   string `json:"status"`
	Error    string `json:"error"`
	ModelID  uint64 `json:"modelId"`
	Progress struct {
		Stage    string  `json:"stage"`
		Epoch    int     `json:"epoch"`
		Epochs   int     `json:"epochs"`
		Loss     float64 `json:"loss"`
		Accuracy float64 `json:"accuracy"`
	} `json:"progress"`
	Result struct {
		ModelID         uint64   `json:"modelId"`
		HeldOutAccuracy *float64 `json:"heldOutAccuracy"`
		TrainSamples    int      `json:"trainSamples"`
	} `json:"result"`
}

// Train submits a job and waits for it to finish.
func (o Oracle) Train(ctx context.Context, p TrainingParams, progress func(Job)) (Job, error) {
	var j Job
	if err := postJSON(ctx, o.URL+"/v1/training-jobs", p, &j); err != nil {
		return j, err
	}
	for {
		if err := do(ctx, http.MethodGet, o.URL+"/v1/training-jobs/"+j.ID, "", nil, &j); err != nil {
			return j, err
		}
		if progress != nil {
			progress(j)
		}
		switch j.Status {
		case "done":
			if j.ModelID == 0 {
				j.ModelID = j.Result.ModelID
			}
			return j, nil
		case "failed":
			return j, fmt.Errorf("training job %s failed: %s", j.ID, j.Error)
		}
		if err := sleep(ctx, 500*time.Millisecond); err != nil {
			return j, err
		}
	}
}

// Answer is the oracle's signed answer to a paid inference.
type Answer struct {
	RequestID   uint64 `json:"requestId"`
	Prediction  string `json:"prediction"`
	Fee         string `json:"fee"`
	Attribution []struct {
		Index       uint64  `json:"index"`
		Contributor string  `json:"contributor"`
		ScoreFloat  float64 `json:"scoreFloat"`
		Share       string  `json:"share"`
	} `json:"attribution"`
}

// Infer asks for the answer to a paid request, waiting until the oracle has seen the request.
func (o Oracle) Infer(ctx context.Context, requestID uint64, input string) (Answer, error) {
	var a Answer
	deadline := time.Now().Add(60 * time.Second)
	for {
		err := postJSON(ctx, o.URL+"/v1/inference", map[string]any{"requestId": requestID, "input": input}, &a)
		var ae *APIError
		if err == nil || !errors.As(err, &ae) || !(ae.Code == "unknown_request" || ae.Status == http.StatusServiceUnavailable) || time.Now().After(deadline) {
			return a, err
		}
		if err := sleep(ctx, 300*time.Millisecond); err != nil {
			return a, err
		}
	}
}

// SettlementBatch is one of the oracle's settlement batches.
type SettlementBatch struct {
	ID          string   `json:"id"`
	ModelID     uint64   `json:"modelId"`
	Epoch       uint64   `json:"epoch"`
	Status      string   `json:"status"`
	RequestIDs  []uint64 `json:"requestIds"`
	BatchID     uint64   `json:"batchId"`
	Transaction string   `json:"transaction"`
	Error       string   `json:"error"`
}

// Settlements lists the oracle's batches, newest first.
func (o Oracle) Settlements(ctx context.Context) ([]SettlementBatch, error) {
	var out struct {
		Settlements []SettlementBatch `json:"settlements"`
	}
	err := do(ctx, http.MethodGet, o.URL+"/v1/settlements", "", nil, &out)
	return out.Settlements, err
}

// Status is GET /v1/status.
func (o Oracle) Status(ctx context.Context) (map[string]any, error) {
	var out map[string]any
	err := do(ctx, http.MethodGet, o.URL+"/v1/status", "", nil, &out)
	return out, err
}

// Healthy reports whether /healthz answers 200.
func healthy(ctx context.Context, url string) bool {
	ctx, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	return do(ctx, http.MethodGet, url, "", nil, nil) == nil
}

// GraphQL is the indexer's API.
type GraphQL struct{ URL string }

// Query runs a query and decodes its data into out.
func (g GraphQL) Query(ctx context.Context, query string, vars map[string]any, out any) error {
	var resp struct {
		Data   json.RawMessage `json:"data"`
		Errors []struct {
			Message string `json:"message"`
		} `json:"errors"`
	}
	if err := postJSON(ctx, g.URL, map[string]any{"query": query, "variables": vars}, &resp); err != nil {
		return err
	}
	if len(resp.Errors) > 0 {
		return fmt.Errorf("graphql: %s", resp.Errors[0].Message)
	}
	return json.Unmarshal(resp.Data, out)
}

func sleep(ctx context.Context, d time.Duration) error {
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-time.After(d):
		return nil
	}
}

// waitFor polls cond until it returns true, an error, or the timeout passes.
func waitFor(ctx context.Context, what string, timeout, every time.Duration, cond func() (bool, error)) error {
	deadline := time.Now().Add(timeout)
	var last error
	for {
		ok, err := cond()
		if ok && err == nil {
			return nil
		}
		if err != nil {
			last = err
		}
		if time.Now().After(deadline) {
			if last != nil {
				return fmt.Errorf("timed out after %s waiting for %s (last error: %v)", timeout, what, last)
			}
			return fmt.Errorf("timed out after %s waiting for %s", timeout, what)
		}
		if err := sleep(ctx, every); err != nil {
			return err
		}
	}
}
