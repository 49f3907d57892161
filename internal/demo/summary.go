package demo

import (
	"context"
	"fmt"
	"io"
	"math/big"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/ethereum/go-ethereum/crypto"
)

func keccak(s string) [32]byte { return crypto.Keccak256Hash([]byte(s)) }

// Row is one contributor's line of the summary.
type Row struct {
	Name, Role           string
	Address              string
	Files, Accepted      int
	Rejected, Pending    int
	Influence            float64
	Payouts              *big.Int // credited by the settlements (the model's payout tree)
	BondsLost            *big.Int // bonds of rejected files, forfeited to the treasury
	Earned               *big.Int // Payouts − BondsLost
	MislabeledPercentage float64
}

// Summary reads the indexer's view of the run: per contributor files, accepted, influence (the sum of
// the published scores of their contributions over every settled inference), payouts (their cumulative
// amount in the model's payout tree), the bonds their rejected files forfeited, and the OPEN earned:
// payouts minus forfeited bonds.
func (s *Scenario) Summary(ctx context.Context) ([]Row, error) {
	var lb struct {
		Leaderboard struct {
			Nodes []struct {
				Address                                string
				Submitted, Accepted, Rejected, Pending int
			} `json:"nodes"`
		} `json:"leaderboard"`
		InferenceRequests struct {
			Nodes []struct {
				Attribution *struct {
					Scores []struct {
						Score        string
						Contribution *struct{ Contributor string }
					}
				}
			} `json:"nodes"`
		} `json:"inferenceRequests"`
	}
	err := s.GraphQL.Query(ctx, `query($dn: ID!, $m: ID!) {
		leaderboard(datanetId: $dn, first: 100) { nodes { address submitted accepted rejected pending } }
		inferenceRequests(first: 100, where: {modelId: $m}) { nodes { attribution { scores { score contribution { contributor } } } } } }`,
		map[string]any{"dn": fmt.Sprint(s.DatanetID), "m": fmt.Sprint(s.ModelID)}, &lb)
	if err != nil {
		return nil, err
	}
	influence := map[string]float64{}
	for _, r := range lb.InferenceRequests.Nodes {
		if r.Attribution == nil {
			continue
		}
		for _, sc := range r.Attribution.Scores {
			if sc.Contribution == nil {
				continue
			}
			v, _ := strconv.ParseFloat(sc.Score, 64)
			influence[strings.ToLower(sc.Contribution.Contributor)] += v
		}
	}
	var rows []Row
	for _, who := range []Account{s.Cast.Alice, s.Cast.Bob, s.Cast.Mallory} {
		r := Row{Name: who.Name, Role: who.Role, Address: who.Address.Hex(), Payouts: new(big.Int), BondsLost: new(big.Int)}
		addr := strings.ToLower(who.Address.Hex())
		for _, n := range lb.Leaderboard.Nodes {
			if strings.ToLower(n.Address) == addr {
				r.Files, r.Accepted, r.Rejected, r.Pending = n.Submitted, n.Accepted, n.Rejected, n.Pending
			}
		}
		r.Influence = influence[addr]
		var w struct {
			Wallet struct {
				Models []struct {
					Model      struct{ ID string }
					Cumulative string
				}
			}
			Contributions struct {
				Nodes []struct {
					Bond          string
					BondForfeited *bool
				}
			}
		}
		if err := s.GraphQL.Query(ctx, `query($a: Address!, $dn: ID!) {
			wallet(address: $a) { models { model { id } cumulative } }
			contributions(first: 100, where: {datanetId: $dn, contributor: $a, status: REJECTED}) { nodes { bond bondForfeited } } }`,
			map[string]any{"a": who.Address.Hex(), "dn": fmt.Sprint(s.DatanetID)}, &w); err != nil {
			return nil, err
		}
		for _, m := range w.Wallet.Models {
			if c, ok := new(big.Int).SetString(m.Cumulative, 10); ok {
				r.Payouts.Add(r.Payouts, c)
			}
		}
		for _, c := range w.Contributions.Nodes {
			if b, ok := new(big.Int).SetString(c.Bond, 10); ok && c.BondForfeited != nil && *c.BondForfeited {
				r.BondsLost.Add(r.BondsLost, b)
			}
		}
		r.Earned = new(big.Int).Sub(r.Payouts, r.BondsLost)
		n, mis := 0, 0
		for _, f := range s.Files {
			if f.Owner.Address == who.Address {
				n += len(f.Samples)
				mis += f.Mislabeled
			}
		}
		if n > 0 {
			r.MislabeledPercentage = 100 * float64(mis) / float64(n)
		}
		rows = append(rows, r)
	}
	return rows, nil
}

// FormatOPEN writes wei as OPEN with 4 decimals.
func FormatOPEN(wei *big.Int) string {
	if wei == nil {
		return "0.0000"
	}
	r := new(big.Rat).SetFrac(wei, new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil))
	return r.FloatString(4)
}

// PrintSummary writes the table.
func PrintSummary(w io.Writer, rows []Row) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "contributor\trole\tfiles\taccepted\trejected\tmislabeled\tinfluence\tpayouts\tbonds lost\tOPEN earned\t")
	for _, r := range rows {
		fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%d\t%.0f%%\t%+.2f\t%s\t%s\t%s\t\n", r.Name, r.Role, r.Files, r.Accepted, r.Rejected,
			r.MislabeledPercentage, r.Influence, FormatOPEN(r.Payouts), FormatOPEN(r.BondsLost), FormatOPEN(r.Earned))
	}
	tw.Flush()
}
