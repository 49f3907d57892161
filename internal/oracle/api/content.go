package api

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"io"
	"mime"
	"net/http"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/open-attribution/poa/internal/contentstore"
	"github.com/open-attribution/poa/internal/oracle/intake"
	"github.com/open-attribution/poa/internal/oracle/onchain"
	"github.com/open-attribution/poa/internal/oracle/state"
)

// Contribution statuses (IDatanetRegistry.Status).
const (
	contribPending  = 1
	contribAccepted = 2
	contribRejected = 3
)

// multipartOverhead is what the multipart framing may add to a file's bytes.
const multipartOverhead = 64 << 10

// UploadResult is the response to an upload.
type UploadResult struct {
	ContributionID uint64      `json:"contributionId"`
	DatanetID      uint64      `json:"datanetId"`
	Kind           string      `json:"kind"`
	ContentHash    common.Hash `json:"contentHash"`
	Size           int64       `json:"size"`
	Stored         bool        `json:"stored"` // false when the same content was already stored
}

func (s *Server) uploadContent(w http.ResponseWriter, r *http.Request) *Error {
	e := s.upload(w, r)
	if s.Metrics != nil {
		outcome := "stored"
		if e != nil {
			outcome = e.Code
		}
		s.Metrics.Uploads.WithLabelValues(outcome).Inc()
	}
	return e
}

func (s *Server) upload(w http.ResponseWriter, r *http.Request) *Error {
	id, e := pathUint(r, "id")
	if e != nil {
		return e
	}
	ctx, cancel := s.chainCtx(r)
	defer cancel()
	rec, err := s.Suite.Contribution(ctx, id)
	if errors.Is(err, onchain.ErrUnknownContribution) {
		return apiErr(http.StatusNotFound, CodeUnknownContrib, "contribution %d is not recorded in the datanet registry", id)
	}
	if err != nil {
		return chainErr(err, "reading the contribution")
	}
	if rec.Status == contribRejected {
		return apiErr(http.StatusConflict, CodeRejectedContrib, "contribution %d was rejected by its validators; its content is not kept", id)
	}
	if int64(rec.Size) > s.MaxUploadBytes {
		return apiErr(http.StatusRequestEntityTooLarge, CodeTooLarge, "contribution %d is recorded as %d bytes; this oracle accepts at most %d",
			id, rec.Size, s.MaxUploadBytes)
	}
	dn, err := s.Suite.Datanet(ctx, uint64(rec.DatanetId))
	if err != nil {
		return chainErr(err, "reading the datanet")
	}
	mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if err != nil || !strings.HasPrefix(mt, "multipart/") {
		return apiErr(http.StatusUnsupportedMediaType, CodeMalformedMultipart, "want a multipart/form-data body with the file in the field \"file\"")
	}
	r.Body = http.MaxBytesReader(w, r.Body, s.MaxUploadBytes+multipartOverhead)
	mr, err := r.MultipartReader()
	if err != nil {
		return apiErr(http.StatusBadRequest, CodeMalformedMultipart, "%v", err)
	}
	var data []byte
	found := false
	for {
		part, err := mr.NextPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			return uploadReadErr(err, s.MaxUploadBytes)
		}
		if part.FormName() != "file" {
			part.Close()
			continue
		}
		data, err = io.ReadAll(io.LimitReader(part, int64(rec.Size)+1))
		part.Close()
		if err != nil {
			return uploadReadErr(err, s.MaxUploadBytes)
		}
		found = true
		break
	}
	if !found {
		return apiErr(http.StatusBadRequest, CodeMissingFile, "the multipart body has no part named \"file\"")
	}
	if len(data) > int(rec.Size) {
		return apiErr(http.StatusRequestEntityTooLarge, CodeTooLarge, "content is larger than the %d bytes recorded for contribution %d", rec.Size, id)
	}
	if len(data) != int(rec.Size) {
		return apiErr(http.StatusUnprocessableEntity, CodeSizeMismatch, "content is %d bytes; contribution %d is recorded as %d", len(data), id, rec.Size)
	}
	if got := sha256.Sum256(data); got != rec.ContentHash {
		return apiErr(http.StatusUnprocessableEntity, CodeHashMismatch, "content hashes to sha256 %x; contribution %d is recorded with %x",
			got, id, rec.ContentHash)
	}
	kind := intake.Kind(dn.Kind)
	if err := intake.Validate(kind, data); err != nil {
		var ce *intake.ContentError
		if errors.As(err, &ce) {
			return &Error{Status: http.StatusUnprocessableEntity, Code: CodeMalformedContent, Message: err.Error(), Line: ce.Line, Column: ce.Column}
		}
		return apiErr(http.StatusUnprocessableEntity, CodeMalformedContent, "%v", err)
	}
	want := contentstore.Hash(rec.ContentHash)
	existed := s.Content.Has(want)
	if _, _, err := s.Content.Put(r.Context(), bytes.NewReader(data), &want, int64(rec.Size)); err != nil {
		return apiErr(http.StatusInternalServerError, CodeInternal, "storing content: %v", err)
	}
	if err := s.DB.PutContent(r.Context(), &state.Content{ContributionID: int64(id), DatanetID: int64(rec.DatanetId),
		Contributor: strings.ToLower(rec.Contributor.Hex()), ContentHash: common.Hash(rec.ContentHash).Hex(), Size: int64(rec.Size),
		Kind: int16(kind)}); err != nil {
		return apiErr(http.StatusInternalServerError, CodeInternal, "%v", err)
	}
	status := http.StatusCreated
	if existed {
		status = http.StatusOK
	}
	writeJSON(w, status, UploadResult{ContributionID: id, DatanetID: uint64(rec.DatanetId), Kind: kind.String(),
		ContentHash: rec.ContentHash, Size: int64(len(data)), Stored: !existed})
	return nil
}

func uploadReadErr(err error, limit int64) *Error {
	var mbe *http.MaxBytesError
	if errors.As(err, &mbe) {
		return apiErr(http.StatusRequestEntityTooLarge, CodeTooLarge, "upload exceeds %d bytes", limit)
	}
	return apiErr(http.StatusBadRequest, CodeMalformedMultipart, "%v", err)
}

func (s *Server) getContent(w http.ResponseWriter, r *http.Request) *Error {
	id, e := pathUint(r, "id")
	if e != nil {
		return e
	}
	c, err := s.DB.GetContent(r.Context(), int64(id))
	if errors.Is(err, state.ErrNotFound) {
		return apiErr(http.StatusNotFound, CodeNotUploaded, "no content has been uploaded for contribution %d", id)
	}
	if err != nil {
		return apiErr(http.StatusInternalServerError, CodeInternal, "%v", err)
	}
	h := contentstore.Hash(common.HexToHash(c.ContentHash))
	f, _, err := s.Content.Open(h)
	if err != nil {
		return apiErr(http.StatusInternalServerError, CodeInternal, "%v", err)
	}
	defer f.Close()
	ct := "application/octet-stream"
	if intake.Kind(c.Kind) == intake.Tabular {
		ct = "text/csv; charset=utf-8"
	} else if intake.Kind(c.Kind) == intake.Text {
		ct = "text/plain; charset=utf-8"
	}
	w.Header().Set("Content-Type", ct)
	w.Header().Set("ETag", `"`+h.String()+`"`)
	w.Header().Set("X-Content-SHA256", "0x"+h.String())
	http.ServeContent(w, r, "", timeOf(c.StoredAt), f)
	return nil
}
