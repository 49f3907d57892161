package daemon_test

import (
	"bytes"
	"fmt"
	"math/big"
	"net/http"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/open-attribution/poa/bindings/modelregistry"
	"github.com/open-attribution/poa/internal/devchain"
	"github.com/open-attribution/poa/internal/oracle/oracletest"
)

// TestBadInput sends malformed, mismatched, oversize and unknown input to every endpoint and checks
// the status and the error code of the JSON body.
func TestBadInput(t *testing.T) {
	w := newWorld(t, deployTestVerifier)
	// Content the registry records as-is but that is malformed for a tabular datanet.
	malformed := []byte(strings.TrimSuffix(string(oracletest.DigitsCSV(t, 500, 3, false)), "\n") + ",7\n")
	malformedID := w.Contribute(t, oracletest.Contributor(5), w.datanet, malformed)
	r := start(t, w.World, t.TempDir(), &keccakProofSystem{w: w.World, maxBatch: 3})
	r.o.API.MaxUploadBytes = 7000 // a contribution below is larger than this oracle accepts
	c := r.c
	big1 := oracletest.DigitsCSV(t, 600, 60, false) // > 7000 bytes
	bigID := w.Contribute(t, oracletest.Contributor(6), w.datanet, big1)
	for i, id := range w.ids {
		if resp := c.upload(id, w.contents[i]); resp.status != http.StatusCreated {
			t.Fatalf("upload %d: %d %s", id, resp.status, resp.body)
		}
	}
	fee := oracletest.Open(1)
	modelID := trainModel(t, c, w.datanet, fee)

	// A model registered by another oracle: this one does not serve it.
	other := devchain.NewAccount("another oracle")
	w.Fund(t, other.Address)
	w.Send(t, oracletest.Deployer, w.ModelC, w.Models.PackSetOracle(other.Address, true))
	h := common.HexToHash("0x01")
	rcpt := w.Send(t, other, w.ModelC, w.Models.PackRegisterModel(modelregistry.IModelRegistryModelParams{
		DatanetId: new(big.Int).SetUint64(w.datanet), ContributionCount: 1, BaseModelId: h, AdapterHash: h, TrainingConfigHash: h,
		GradientCommitment: h, Owner: other.Address, InferenceFee: fee, MetadataURI: "x"}))
	otherModel := oracletest.Event(t, rcpt, w.Models.UnpackModelRegisteredEvent).ModelId.Uint64()
	good := oracletest.DigitsInput(t, 1200)
	otherReq, _ := w.RequestInference(t, otherModel, good, fee)
	req, _ := w.RequestInference(t, modelID, good, fee)
	fields := strings.Split(string(oracletest.DigitsInput(t, 1201)), ",")
	fields[1] = "17"
	badInput := []byte(strings.Join(fields, ","))
	badInputReq, _ := w.RequestInference(t, modelID, badInput, fee)
	shortInput := []byte("1,2,3")
	shortReq, _ := w.RequestInference(t, modelID, shortInput, fee)

	type check struct {
		name   string
		resp   response
		status int
		code   string
	}
	upload := func(id uint64, content []byte) response { return c.upload(id, content) }
	body := func(s string) []byte { return []byte(s) }
	ct, noFile := multipartBody(t, "other", w.contents[0])
	tamper := append([]byte(nil), w.contents[0]...)
	tamper[0] = '9'
	checks := []check{
		// Uploads.
		{"upload: id not a number", c.do("POST", "/v1/contributions/abc/content", ct, noFile), 400, "bad_request"},
		{"upload: id zero", c.do("POST", "/v1/contributions/0/content", ct, noFile), 400, "bad_request"},
		{"upload: unknown contribution", upload(9999, w.contents[0]), 404, "unknown_contribution"},
		{"upload: not multipart", c.do("POST", fmt.Sprintf("/v1/contributions/%d/content", w.ids[0]), "text/csv", w.contents[0]), 415, "malformed_multipart"},
		{"upload: broken multipart", c.do("POST", fmt.Sprintf("/v1/contributions/%d/content", w.ids[0]), "multipart/form-data; boundary=x", body("garbage")), 400, "malformed_multipart"},
		{"upload: no file part", c.do("POST", fmt.Sprintf("/v1/contributions/%d/content", w.ids[0]), ct, noFile), 400, "missing_file"},
		{"upload: larger than recorded", upload(w.ids[0], append(append([]byte(nil), w.contents[0]...), '\n')), 413, "too_large"},
		{"upload: smaller than recorded", upload(w.ids[0], w.contents[0][:100]), 422, "size_mismatch"},
		{"upload: hash mismatch", upload(w.ids[0], tamper), 422, "hash_mismatch"},
		{"upload: malformed content", upload(malformedID, malformed), 422, "malformed_content"},
		{"upload: over the oracle's limit", upload(bigID, big1), 413, "too_large"},
		{"upload: rejected contribution", upload(w.rejected, oracletest.DigitsCSV(t, 300, 10, true)), 409, "contribution_rejected"},
		{"download: never uploaded", c.do("GET", fmt.Sprintf("/v1/contributions/%d/content", malformedID), "", nil), 404, "not_uploaded"},
		{"download: bad id", c.do("GET", "/v1/contributions/-1/content", "", nil), 400, "bad_request"},
		// Base models.
		{"base: invalid json", c.do("POST", "/v1/base-models", "application/json", body("{")), 400, "invalid_json"},
		{"base: unknown field", c.do("POST", "/v1/base-models", "application/json", body(`{"nmae":"x"}`)), 400, "invalid_json"},
		{"base: bad sizes", c.do("POST", "/v1/base-models", "application/json", body(`{"sizes":[3,10]}`)), 422, "invalid_parameters"},
		{"base: wrong content type", c.do("POST", "/v1/base-models", "text/plain", body(`{}`)), 415, "bad_request"},
		// Training jobs.
		{"train: invalid json", c.do("POST", "/v1/training-jobs", "application/json", body(`{"datanetId":`)), 400, "invalid_json"},
		{"train: trailing data", c.do("POST", "/v1/training-jobs", "application/json", body(`{} {}`)), 400, "invalid_json"},
		{"train: wrong type", c.do("POST", "/v1/training-jobs", "application/json", body(`{"rank":"four"}`)), 400, "invalid_json"},
		{"train: invalid parameters", c.do("POST", "/v1/training-jobs", "application/json", body(`{"datanetId":1}`)), 422, "invalid_parameters"},
		{"train: unknown base", c.do("POST", "/v1/training-jobs", "application/json", body(fmt.Sprintf(
			`{"datanetId":%d,"baseModel":"0x%064x","rank":2,"alpha":2,"learningRate":0.01,"epochs":1,"batchSize":8,"inferenceFee":"1"}`, w.datanet, 7))),
			422, "unknown_base_model"},
		{"train: body too large", c.do("POST", "/v1/training-jobs", "application/json", bytes.Repeat([]byte(" "), 2<<20)), 413, "too_large"},
		{"job: unknown", c.do("GET", "/v1/training-jobs/nope", "", nil), 404, "unknown_training_job"},
		// Models.
		{"model: bad id", c.do("GET", "/v1/models/x", "", nil), 400, "bad_request"},
		{"model: unknown", c.do("GET", fmt.Sprintf("/v1/models/%d", otherModel), "", nil), 404, "unknown_model"},
		// Inference.
		{"inference: invalid json", c.do("POST", "/v1/inference", "application/json", body(`{"requestId":1,`)), 400, "invalid_json"},
		{"inference: bad request id", c.do("POST", "/v1/inference", "application/json", body(`{"requestId":"x","input":"1"}`)), 400, "invalid_json"},
		{"inference: zero request id", c.do("POST", "/v1/inference", "application/json", body(`{"requestId":0,"input":"1"}`)), 400, "bad_request"},
		{"inference: no input", c.do("POST", "/v1/inference", "application/json", body(fmt.Sprintf(`{"requestId":%d}`, req))), 400, "bad_request"},
		{"inference: unknown request", c.do("POST", "/v1/inference", "application/json", body(`{"requestId":999,"input":"1"}`)), 404, "unknown_request"},
		{"inference: input does not match the request's hash", c.do("POST", "/v1/inference", "application/json",
			body(fmt.Sprintf(`{"requestId":%d,"input":%q}`, req, string(oracletest.DigitsInput(t, 1300))))), 422, "input_hash_mismatch"},
		{"inference: pixel out of range", c.do("POST", "/v1/inference", "application/json",
			body(fmt.Sprintf(`{"requestId":%d,"input":%q}`, badInputReq, string(badInput)))), 422, "malformed_input"},
		{"inference: too few values", c.do("POST", "/v1/inference", "application/json",
			body(fmt.Sprintf(`{"requestId":%d,"input":%q}`, shortReq, string(shortInput)))), 422, "malformed_input"},
		{"inference: model not served", c.do("POST", "/v1/inference", "application/json",
			body(fmt.Sprintf(`{"requestId":%d,"input":%q}`, otherReq, string(good)))), 404, "unknown_model"},
		{"inference: body too large", c.do("POST", "/v1/inference", "application/json", bytes.Repeat([]byte(" "), 2<<20)), 413, "too_large"},
		{"answer: unknown request", c.do("GET", "/v1/inference/999", "", nil), 404, "unknown_request"},
		{"answer: not answered", c.do("GET", fmt.Sprintf("/v1/inference/%d", req), "", nil), 404, "not_answered"},
		{"answer: bad id", c.do("GET", "/v1/inference/abc", "", nil), 400, "bad_request"},
		// Settlements and documents.
		{"settlements: bad model", c.do("GET", "/v1/settlements?modelId=x", "", nil), 400, "bad_request"},
		{"settlement: not published", c.do("GET", fmt.Sprintf("/v1/settlements/%d/0", modelID), "", nil), 404, "not_published"},
		{"settlement: bad batch", c.do("GET", fmt.Sprintf("/v1/settlements/%d/x", modelID), "", nil), 400, "bad_request"},
		{"published: bad file", c.do("GET", fmt.Sprintf("/v1/published/models/%d/batches/0.txt", modelID), "", nil), 404, "not_published"},
		// Routing.
		{"unknown route", c.do("GET", "/v2/nothing", "", nil), 404, "not_found"},
		{"wrong method", c.do("DELETE", "/v1/models", "", nil), 405, "method_not_allowed"},
		{"wrong method on upload", c.do("PUT", fmt.Sprintf("/v1/contributions/%d/content", w.ids[0]), "", nil), 405, "method_not_allowed"},
	}
	for _, ch := range checks {
		e := ch.resp.apiError()
		if ch.resp.status != ch.status || e.Code != ch.code || e.Message == "" {
			t.Errorf("%s: got %d %q (%s), want %d %q", ch.name, ch.resp.status, e.Code, ch.resp.body, ch.status, ch.code)
		}
	}
	// Malformed content is located.
	e := upload(malformedID, malformed).apiError()
	if e.Line != 3 || e.Column != 66 {
		t.Errorf("malformed content located at line %d column %d, want 3/66: %s", e.Line, e.Column, e.Message)
	}
	e = c.do("POST", "/v1/inference", "application/json", body(fmt.Sprintf(`{"requestId":%d,"input":%q}`, badInputReq, string(badInput)))).apiError()
	if e.Column != 2 {
		t.Errorf("bad pixel located at column %d, want 2", e.Column)
	}
	// Nothing refused was stored; the good request still answers.
	if resp := c.do("GET", fmt.Sprintf("/v1/contributions/%d/content", malformedID), "", nil); resp.status != 404 {
		t.Errorf("malformed upload stored: %d", resp.status)
	}
	var ok struct{}
	c.json("POST", "/v1/inference", map[string]any{"requestId": req, "input": string(good)}, &ok, 200)
	// Health and metrics.
	if resp := c.do("GET", "/healthz", "", nil); resp.status != 200 {
		t.Errorf("healthz %d", resp.status)
	}
	m := c.do("GET", "/metrics", "", nil)
	for _, want := range []string{`poa_oracle_http_requests_total{code="422",method="POST",route="POST /v1/contributions/{id}/content"}`,
		"poa_oracle_training_duration_seconds_count 1", "poa_oracle_gpu_count 0", `poa_oracle_uploads_total{outcome="hash_mismatch"} 1`} {
		if !strings.Contains(string(m.body), want) {
			t.Errorf("metrics lack %s", want)
		}
	}
	if resp := c.do("GET", "/openapi.yaml", "", nil); resp.status != 200 || !bytes.Contains(resp.body, []byte("openapi: 3")) {
		t.Errorf("openapi %d", resp.status)
	}
}
