package api

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
)

// Error is the JSON body of every 4xx and 5xx response: {"error": {...}}.
type Error struct {
	Status  int    `json:"-"`
	Code    string `json:"code"`
	Message string `json:"message"`
	// Line and Column locate a problem in uploaded content or an input (1-based).
	Line   int `json:"line,omitempty"`
	Column int `json:"column,omitempty"`
}

func (e *Error) Error() string { return fmt.Sprintf("%d %s: %s", e.Status, e.Code, e.Message) }

func apiErr(status int, code, format string, a ...any) *Error {
	return &Error{Status: status, Code: code, Message: fmt.Sprintf(format, a...)}
}

// Error codes.
const (
	CodeBadRequest         = "bad_request"
	CodeInvalidJSON        = "invalid_json"
	CodeInvalidParameters  = "invalid_parameters"
	CodeNotFound           = "not_found"
	CodeMethodNotAllowed   = "method_not_allowed"
	CodeTooLarge           = "too_large"
	CodeUnknownContrib     = "unknown_contribution"
	CodeRejectedContrib    = "contribution_rejected"
	CodeMalformedMultipart = "malformed_multipart"
	CodeMissingFile        = "missing_file"
	CodeSizeMismatch       = "size_mismatch"
	CodeHashMismatch       = "hash_mismatch"
	CodeMalformedContent   = "malformed_content"
	CodeNotUploaded        = "not_uploaded"
	CodeUnknownRequest     = "unknown_request"
	CodeUnknownModel       = "unknown_model"
	CodeInputMismatch      = "input_hash_mismatch"
	CodeMalformedInput     = "malformed_input"
	CodeRequestSettled     = "request_settled"
	CodeNotAnswered        = "not_answered"
	CodeUnknownBase        = "unknown_base_model"
	CodeUnknownJob         = "unknown_training_job"
	CodeNotPublished       = "not_published"
	CodeChainUnavailable   = "chain_unavailable"
	CodeUnavailable        = "unavailable"
	CodeInternal           = "internal"
)

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	_ = enc.Encode(v)
}

func writeError(w http.ResponseWriter, e *Error) {
	writeJSON(w, e.Status, map[string]*Error{"error": e})
}

// chainErr classifies an error from a chain call: a timeout means the node is unreachable.
func chainErr(err error, what string) *Error {
	var e *Error
	if errors.As(err, &e) {
		return e
	}
	if errors.Is(err, context.DeadlineExceeded) {
		return apiErr(http.StatusServiceUnavailable, CodeChainUnavailable, "%s: the chain endpoint did not answer in time", what)
	}
	return apiErr(http.StatusInternalServerError, CodeInternal, "%s: %v", what, err)
}

// decodeJSON reads a JSON body of at most limit bytes, refusing unknown fields and trailing data.
func decodeJSON(w http.ResponseWriter, r *http.Request, limit int64, v any) *Error {
	if ct := r.Header.Get("Content-Type"); ct != "" && !isJSON(ct) {
		return apiErr(http.StatusUnsupportedMediaType, CodeBadRequest, "Content-Type %q: want application/json", ct)
	}
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, limit))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return apiErr(http.StatusRequestEntityTooLarge, CodeTooLarge, "request body exceeds %d bytes", limit)
		}
		return apiErr(http.StatusBadRequest, CodeInvalidJSON, "request body: %v", err)
	}
	if dec.More() {
		return apiErr(http.StatusBadRequest, CodeInvalidJSON, "request body: trailing data after the JSON object")
	}
	return nil
}

func isJSON(ct string) bool {
	for i := 0; i < len(ct); i++ {
		if ct[i] == ';' {
			ct = ct[:i]
			break
		}
	}
	return ct == "application/json"
}
