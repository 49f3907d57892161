package demo

import (
	"bytes"
	"math/big"
	"strings"
	"testing"

	"github.com/open-attribution/poa/internal/oracle/intake"
)

// TestPlanFilesAndValidator checks the scripted scenario's data: every file is valid datanet
// content, the validators accept every careful file, reject the worst spam and let some through.
func TestPlanFilesAndValidator(t *testing.T) {
	d, err := NewData()
	if err != nil {
		t.Fatal(err)
	}
	s := &Scenario{Cast: NewCast(), Data: d}
	if err := s.MakeFiles(DefaultPlan()); err != nil {
		t.Fatal(err)
	}
	v := NewValidator(d.Reference, ValidatorThreshold)
	spamAccepted, spam := 0, 0
	for _, f := range s.Files {
		x, y, err := intake.ParseTabular(f.CSV())
		if err != nil {
			t.Fatalf("%s's file is not valid tabular content: %v", f.Owner.Name, err)
		}
		if len(y) != len(f.Samples) || len(x) != 64*len(f.Samples) {
			t.Fatalf("parsed %d samples, want %d", len(y), len(f.Samples))
		}
		parsed, err := ParseCSV(f.CSV())
		if err != nil || len(parsed) != len(f.Samples) || parsed[0] != f.Samples[0] {
			t.Fatalf("ParseCSV does not read back CSV: %v", err)
		}
		verdict := v.Judge(f)
		if f.Owner.Name == "mallory" {
			spam++
			if verdict.Accept {
				spamAccepted++
			}
			if f.Mislabeled*10 >= 9*len(f.Samples) && verdict.Accept {
				t.Errorf("a 90%%-mislabeled file was accepted (agreement %.2f)", verdict.Agreement)
			}
		} else if !verdict.Accept || f.Mislabeled != 0 {
			t.Errorf("careful file of %s: %d mislabeled, agreement %.2f, accepted %v", f.Owner.Name, f.Mislabeled, verdict.Agreement, verdict.Accept)
		}
	}
	if spam <= 4 || spamAccepted == 0 || spamAccepted == spam {
		t.Errorf("spam files: %d, accepted %d; want many files, some accepted and some rejected", spam, spamAccepted)
	}
	// Queries are valid model inputs.
	if _, err := intake.ParseTabularInput([]byte(d.Queries[0].Input())); err != nil {
		t.Fatal(err)
	}
}

func TestSummaryTable(t *testing.T) {
	var b bytes.Buffer
	PrintSummary(&b, []Row{
		{Name: "alice", Role: "careful contributor", Files: 2, Accepted: 2, Influence: 1.5, Payouts: OPEN(3), BondsLost: new(big.Int), Earned: OPEN(3)},
		{Name: "mallory", Role: "spammer", Files: 12, Accepted: 4, Rejected: 8, MislabeledPercentage: 60, Influence: -0.25,
			Payouts: big.NewInt(5e17), BondsLost: OPEN(8), Earned: new(big.Int).Sub(big.NewInt(5e17), OPEN(8))},
	})
	out := b.String()
	for _, want := range []string{"contributor", "OPEN earned", "bonds lost", "alice", "3.0000", "mallory", "0.5000", "8.0000", "-7.5000", "-0.25", "60%"} {
		if !strings.Contains(out, want) {
			t.Errorf("summary lacks %q:\n%s", want, out)
		}
	}
}
