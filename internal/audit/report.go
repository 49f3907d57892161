package audit

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/ethereum/go-ethereum/common"
)

// Report is the outcome of an audit: every check of every audited batch, and every mismatch named.
type Report struct {
	ChainID     uint64         `json:"chainId"`
	RewardVault common.Address `json:"rewardVault"`
	ModelID     uint64         `json:"modelId"`
	// Published is the publication root the documents were read from.
	Published string `json:"published"`
	// VerifyingKey is the key file the proofs were verified with, and its hash (proof.VerifyingKeyHash).
	VerifyingKey     string         `json:"verifyingKey"`
	VerifyingKeyHash common.Hash    `json:"verifyingKeyHash"`
	Batches          []*BatchReport `json:"batches"`
	// Mismatches counts every mismatch of every batch; Unchecked the checks that could not be made.
	Mismatches int `json:"mismatches"`
	Unchecked  int `json:"unchecked"`
}

// BatchReport is the audit of one settled batch.
type BatchReport struct {
	BatchID     uint64      `json:"batchId"`
	Epoch       uint64      `json:"epoch"`
	Status      string      `json:"status"`
	Transaction common.Hash `json:"transaction"`
	Block       uint64      `json:"block"`
	RequestIDs  []uint64    `json:"requestIds"`
	// The Settled event's other fields, as the chain recorded them.
	Oracle             common.Address `json:"oracle"`
	PreviousPayoutRoot common.Hash    `json:"previousPayoutRoot"`
	NewPayoutRoot      common.Hash    `json:"newPayoutRoot"`
	FeeTotal           string         `json:"feeTotal"`
	Distributed        string         `json:"distributed"`
	Checks             []*Check       `json:"checks"`
}

// Check is one family of comparisons (e.g. "scores": every score of every request).
type Check struct {
	Name string `json:"name"`
	// Compared counts the values compared.
	Compared int `json:"compared"`
	// Unchecked says why the check could not be made (an earlier mismatch, data the chain does not
	// hold); an unchecked check fails the audit as a mismatch does.
	Unchecked  string     `json:"unchecked,omitempty"`
	Mismatches []Mismatch `json:"mismatches,omitempty"`
}

// Mismatch is one value that differs between what the audit re-derived (or what the chain says) and
// what was published or settled.
type Mismatch struct {
	// Field names the value: "score", "fee share", "cumulative", "gradient commitment", ...
	Field string `json:"field"`
	// RequestID and Index locate it: the inference request and the contribution's accepted index.
	RequestID *uint64 `json:"requestId,omitempty"`
	Index     *uint64 `json:"index,omitempty"`
	Expected  string  `json:"expected"`
	Found     string  `json:"found"`
	// ExpectedFrom and FoundIn say where each side comes from (a contract, the re-derivation, a
	// published document's path).
	ExpectedFrom string `json:"expectedFrom"`
	FoundIn      string `json:"foundIn"`
}

// OK reports whether every check ran and nothing mismatched.
func (r *Report) OK() bool { return r.Mismatches == 0 && r.Unchecked == 0 }

func (r *Report) tally() {
	r.Mismatches, r.Unchecked = 0, 0
	for _, b := range r.Batches {
		for _, c := range b.Checks {
			r.Mismatches += len(c.Mismatches)
			if c.Unchecked != "" {
				r.Unchecked++
			}
		}
	}
}

// WriteJSON writes the report as indented JSON.
func (r *Report) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	if err := enc.Encode(r); err != nil {
		return fmt.Errorf("audit: writing the report: %w", err)
	}
	return nil
}

// WriteText writes the readable report: one line per check, each mismatch under its check.
func (r *Report) WriteText(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "audit of model %d, vault %s on chain %d\n", r.ModelID, r.RewardVault.Hex(), r.ChainID)
	fmt.Fprintf(&b, "published data: %s\n", r.Published)
	fmt.Fprintf(&b, "verifying key:  %s (hash %s)\n", r.VerifyingKey, r.VerifyingKeyHash.Hex())
	for _, br := range r.Batches {
		fmt.Fprintf(&b, "\nbatch %d  epoch %d  %s  requests %v\n  settled by %s in tx %s (block %d)\n", br.BatchID, br.Epoch, br.Status,
			br.RequestIDs, br.Oracle.Hex(), br.Transaction.Hex(), br.Block)
		fmt.Fprintf(&b, "  fees %s, distributed %s, payout root %s -> %s\n", br.FeeTotal, br.Distributed,
			br.PreviousPayoutRoot.Hex(), br.NewPayoutRoot.Hex())
		for _, c := range br.Checks {
			switch {
			case len(c.Mismatches) > 0:
				fmt.Fprintf(&b, "  MISMATCH     %-28s %d of %d values differ\n", c.Name, len(c.Mismatches), c.Compared)
			case c.Unchecked != "":
				fmt.Fprintf(&b, "  NOT CHECKED  %-28s %s\n", c.Name, c.Unchecked)
			default:
				fmt.Fprintf(&b, "  ok           %-28s %d values\n", c.Name, c.Compared)
			}
			for _, m := range c.Mismatches {
				fmt.Fprintf(&b, "               - %s\n", m.String())
			}
			if len(c.Mismatches) > 0 && c.Unchecked != "" {
				fmt.Fprintf(&b, "               (then not checked further: %s)\n", c.Unchecked)
			}
		}
	}
	if r.OK() {
		fmt.Fprintf(&b, "\nresult: OK, %d batch(es), every value matches\n", len(r.Batches))
	} else {
		fmt.Fprintf(&b, "\nresult: FAILED, %d mismatch(es), %d check(s) not made\n", r.Mismatches, r.Unchecked)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// String is the mismatch as one readable line.
func (m Mismatch) String() string {
	var where []string
	if m.RequestID != nil {
		where = append(where, fmt.Sprintf("request %d", *m.RequestID))
	}
	if m.Index != nil {
		where = append(where, fmt.Sprintf("contribution %d", *m.Index))
	}
	loc := ""
	if len(where) > 0 {
		loc = strings.Join(where, ", ") + ": "
	}
	return fmt.Sprintf("%s%s: expected %s (%s), found %s (%s)", loc, m.Field, m.Expected, m.ExpectedFrom, m.Found, m.FoundIn)
}
