package graph_test

import (
	"io"
	"math/big"
	"net/http"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/open-attribution/poa/internal/indexer/indexertest"
	"github.com/open-attribution/poa/internal/indexer/scenario"
)

type page struct {
	HasNextPage     bool    `json:"hasNextPage"`
	HasPreviousPage bool    `json:"hasPreviousPage"`
	EndCursor       *string `json:"endCursor"`
}

// TestResolvers runs the API's queries against the indexed standard flow on SQLite and Postgres.
func TestResolvers(t *testing.T) {
	f, chain := simFlow(t, (*scenario.Flow).Run)
	for _, b := range indexertest.Backends(t) {
		t.Run(b.Name, func(t *testing.T) {
			fx := newFixture(t, b, f, chain)
			t.Run("datanets pagination", func(t *testing.T) { testDatanets(t, fx) })
			t.Run("leaderboard", func(t *testing.T) { testLeaderboard(t, fx) })
			t.Run("contributions", func(t *testing.T) { testContributions(t, fx) })
			t.Run("model and settlements", func(t *testing.T) { testModel(t, fx) })
			t.Run("attribution", func(t *testing.T) { testAttribution(t, fx) })
			t.Run("wallet", func(t *testing.T) { testWallet(t, fx) })
			t.Run("meta and claims", func(t *testing.T) { testMetaAndClaims(t, fx) })
			t.Run("errors", func(t *testing.T) { testErrors(t, fx) })
			t.Run("cross-origin", func(t *testing.T) { testCrossOrigin(t, fx) })
		})
	}
}

func testDatanets(t *testing.T, fx *fixture) {
	const q = `query($after: String) { datanets(first: 1, after: $after) {
		nodes { id kind owner contributionCount acceptedCount rejectedCount pendingCount contributorCount validators
			quota { filesPerContributorPerDay bytesPerDatanetPerDay } bond createdAt }
		pageInfo { hasNextPage hasPreviousPage endCursor } } }`
	type dn struct {
		ID                string   `json:"id"`
		Kind              string   `json:"kind"`
		ContributionCount int      `json:"contributionCount"`
		AcceptedCount     int      `json:"acceptedCount"`
		PendingCount      int      `json:"pendingCount"`
		ContributorCount  int      `json:"contributorCount"`
		Validators        []string `json:"validators"`
		Quota             struct {
			Files int    `json:"filesPerContributorPerDay"`
			Bytes string `json:"bytesPerDatanetPerDay"`
		} `json:"quota"`
		Bond      string `json:"bond"`
		CreatedAt int64  `json:"createdAt"`
	}
	var p1, p2 struct {
		Datanets struct {
			Nodes    []dn `json:"nodes"`
			PageInfo page `json:"pageInfo"`
		} `json:"datanets"`
	}
	fx.data(t, q, nil, &p1)
	n := p1.Datanets.Nodes
	if len(n) != 1 || n[0].ID != "1" || n[0].Kind != "TABULAR" || n[0].ContributionCount != 5 || n[0].AcceptedCount != 4 ||
		n[0].PendingCount != 0 || n[0].ContributorCount != 4 || len(n[0].Validators) != 2 || n[0].Quota.Files != 20 ||
		n[0].Quota.Bytes != "10000000" || n[0].Bond != scenario.Open(10).String() || n[0].CreatedAt == 0 ||
		!p1.Datanets.PageInfo.HasNextPage || p1.Datanets.PageInfo.HasPreviousPage {
		t.Fatalf("first page: %+v", p1.Datanets)
	}
	fx.data(t, q, map[string]any{"after": *p1.Datanets.PageInfo.EndCursor}, &p2)
	if len(p2.Datanets.Nodes) != 1 || p2.Datanets.Nodes[0].ID != "2" || p2.Datanets.Nodes[0].Kind != "TEXT" ||
		p2.Datanets.PageInfo.HasNextPage || !p2.Datanets.PageInfo.HasPreviousPage {
		t.Fatalf("second page: %+v", p2.Datanets)
	}
	var ordered struct {
		Datanets struct {
			Nodes []dn `json:"nodes"`
		} `json:"datanets"`
	}
	fx.data(t, `{ datanets(orderBy: CONTRIBUTION_COUNT, orderDirection: DESC, where: {kind: TABULAR}) { nodes { id contributionCount } } }`, nil, &ordered)
	if len(ordered.Datanets.Nodes) != 1 || ordered.Datanets.Nodes[0].ID != "1" {
		t.Fatalf("filtered by kind: %+v", ordered)
	}
	fx.data(t, `{ datanets(orderBy: CONTRIBUTION_COUNT, orderDirection: ASC) { nodes { id contributionCount } } }`, nil, &ordered)
	if len(ordered.Datanets.Nodes) != 2 || ordered.Datanets.Nodes[0].ID != "2" {
		t.Fatalf("ordered by contribution count: %+v", ordered)
	}
}

type standing struct {
	Rank     int    `json:"rank"`
	Address  string `json:"address"`
	Score    int    `json:"score"`
	Accepted int    `json:"accepted"`
	Rejected int    `json:"rejected"`
	Pending  int    `json:"pending"`
}

func testLeaderboard(t *testing.T, fx *fixture) {
	a := fx.f.A
	first, second := indexertest.Lower(a.Bob.Address), indexertest.Lower(a.Carol.Address)
	if second < first {
		first, second = second, first
	}
	want := []standing{{1, indexertest.Lower(a.Alice.Address), 5000, 2, 0, 0}, {2, first, 3333, 1, 0, 0},
		{3, second, 3333, 1, 0, 0}, {4, indexertest.Lower(a.Mallory.Address), 0, 0, 1, 0}}
	const q = `query($after: String) { leaderboard(datanetId: "1", first: 2, after: $after) {
		edges { cursor node { rank address score accepted rejected pending } } pageInfo { hasNextPage endCursor } } }`
	var got []standing
	var after any
	for i := 0; i < 2; i++ {
		var r struct {
			Leaderboard struct {
				Edges []struct {
					Node standing `json:"node"`
				} `json:"edges"`
				PageInfo page `json:"pageInfo"`
			} `json:"leaderboard"`
		}
		fx.data(t, q, map[string]any{"after": after}, &r)
		for _, e := range r.Leaderboard.Edges {
			got = append(got, e.Node)
		}
		if r.Leaderboard.PageInfo.HasNextPage != (i == 0) {
			t.Fatalf("page %d: hasNextPage %v", i, r.Leaderboard.PageInfo.HasNextPage)
		}
		after = *r.Leaderboard.PageInfo.EndCursor
	}
	if len(got) != len(want) {
		t.Fatalf("leaderboard %+v", got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("rank %d: got %+v, want %+v", i+1, got[i], want[i])
		}
	}
	// One contributor, by checksummed address: the rank is counted.
	var one struct {
		Contributor struct {
			standing
			Totals struct {
				Submitted int `json:"submitted"`
				Datanets  int `json:"datanets"`
			} `json:"totals"`
			Datanet struct {
				ID string `json:"id"`
			} `json:"datanet"`
		} `json:"contributor"`
	}
	fx.data(t, `query($a: Address!) { contributor(datanetId: "1", address: $a) { rank address score accepted rejected pending
		totals { submitted datanets } datanet { id } } }`, map[string]any{"a": a.Mallory.Address.Hex()}, &one)
	if one.Contributor.standing != want[3] || one.Contributor.Totals.Submitted != 1 || one.Contributor.Datanet.ID != "1" {
		t.Fatalf("contributor = %+v", one.Contributor)
	}
}

func testContributions(t *testing.T, fx *fixture) {
	var r struct {
		Contributions struct {
			Nodes []struct {
				ID            string `json:"id"`
				Size          int    `json:"size"`
				Status        string `json:"status"`
				Contributor   string `json:"contributor"`
				BondForfeited *bool  `json:"bondForfeited"`
				AcceptedIndex *int   `json:"acceptedIndex"`
				Votes         []struct {
					Accept bool `json:"accept"`
				} `json:"votes"`
				Standing struct {
					Rank int `json:"rank"`
				} `json:"standing"`
			} `json:"nodes"`
		} `json:"contributions"`
	}
	fx.data(t, `{ contributions(where: {status_in: [REJECTED]}, orderBy: SIZE, orderDirection: DESC) {
		nodes { id size status contributor bondForfeited acceptedIndex votes { accept } standing { rank } } } }`, nil, &r)
	n := r.Contributions.Nodes
	if len(n) != 2 || n[0].Size < n[1].Size || n[0].Status != "REJECTED" || n[0].Contributor != indexertest.Lower(fx.f.A.Mallory.Address) ||
		n[0].BondForfeited == nil || !*n[0].BondForfeited || n[0].AcceptedIndex != nil || len(n[0].Votes) != 2 || n[0].Votes[0].Accept ||
		n[0].Standing.Rank != 4 || n[1].BondForfeited != nil {
		t.Fatalf("rejected contributions: %+v", n)
	}
	var acc struct {
		Datanet struct {
			Contributions struct {
				Nodes []struct {
					AcceptedIndex *int `json:"acceptedIndex"`
				} `json:"nodes"`
			} `json:"contributions"`
		} `json:"datanet"`
	}
	fx.data(t, `query($who: Address) { datanet(id: "1") { contributions(where: {contributor: $who, status: ACCEPTED}) { nodes { acceptedIndex } } } }`,
		map[string]any{"who": fx.f.A.Alice.Address.Hex()}, &acc)
	if len(acc.Datanet.Contributions.Nodes) != 2 || *acc.Datanet.Contributions.Nodes[0].AcceptedIndex != 0 ||
		*acc.Datanet.Contributions.Nodes[1].AcceptedIndex != 2 {
		t.Fatalf("alice's accepted contributions: %+v", acc)
	}
}

func testModel(t *testing.T, fx *fixture) {
	var r struct {
		Model struct {
			RequestCount   int    `json:"requestCount"`
			FeeTotal       string `json:"feeTotal"`
			BatchCount     int    `json:"batchCount"`
			PayoutRoot     string `json:"payoutRoot"`
			ClaimedTotal   string `json:"claimedTotal"`
			UnclaimedTotal string `json:"unclaimedTotal"`
			Epochs         struct {
				Nodes []struct {
					Epoch        int    `json:"epoch"`
					RequestCount int    `json:"requestCount"`
					OwnerShare   string `json:"ownerShare"`
				} `json:"nodes"`
			} `json:"epochs"`
			Settlements struct {
				Nodes []struct {
					ID            string   `json:"id"`
					BatchID       int      `json:"batchId"`
					Proof         *string  `json:"proof"`
					PublicInputs  []string `json:"publicInputs"`
					NewPayoutRoot string   `json:"newPayoutRoot"`
					Publication   string   `json:"publication"`
					Status        string   `json:"status"`
					Finalized     bool     `json:"finalized"`
					Transaction   string   `json:"transaction"`
					RequestIds    []string `json:"requestIds"`
					Requests      []struct {
						Status string `json:"status"`
					} `json:"requests"`
				} `json:"nodes"`
			} `json:"settlements"`
			Requests struct {
				Nodes []struct {
					ID string `json:"id"`
				} `json:"nodes"`
			} `json:"requests"`
		} `json:"model"`
	}
	fx.data(t, `{ model(id: "1") { requestCount feeTotal batchCount payoutRoot claimedTotal unclaimedTotal
		epochs { nodes { epoch requestCount ownerShare } }
		settlements { nodes { id batchId proof publicInputs newPayoutRoot publication status finalized transaction requestIds requests { status } } }
		requests(first: 2, orderBy: FEE, orderDirection: DESC, where: {status: SETTLED}) { nodes { id } } } }`, nil, &r)
	m := r.Model
	if m.RequestCount != 5 || m.FeeTotal != scenario.Open(5).String() || m.BatchCount != 2 ||
		m.PayoutRoot != fx.f.Batches[1].Tree.Root().Hex() || m.UnclaimedTotal != "625000000000000000" ||
		len(m.Epochs.Nodes) != 2 || m.Epochs.Nodes[0].Epoch < m.Epochs.Nodes[1].Epoch || len(m.Requests.Nodes) != 2 {
		t.Fatalf("model = %+v", m)
	}
	s := m.Settlements.Nodes
	if len(s) != 2 || s[0].BatchID != 1 || s[1].ID != "1:0" || s[1].Proof == nil || len(s[1].RequestIds) != 3 ||
		len(s[1].Requests) != 3 || s[1].Requests[0].Status != "SETTLED" || s[1].Publication != "VERIFIED" || !s[1].Finalized || s[1].Status != "FINALIZED" {
		t.Fatalf("settlements = %+v", s)
	}
	// Batch 0 holds three requests (an odd count: half of the last share word is empty), batch 1 two.
	for _, n := range s {
		checkPublicInputs(t, n.BatchID, n.PublicInputs, fx.f.Batches[n.BatchID].PublicInputs)
	}
	if s[1].PublicInputs[9] != new(big.Int).SetBytes(common.FromHex(s[1].NewPayoutRoot)).String() {
		t.Fatalf("public inputs = %v", s[1].PublicInputs)
	}
}

func testAttribution(t *testing.T, fx *fixture) {
	var r struct {
		InferenceRequest struct {
			Status      string `json:"status"`
			Attribution struct {
				BatchID    int    `json:"batchId"`
				Prediction string `json:"prediction"`
				Scores     []struct {
					Index        int    `json:"index"`
					Score        string `json:"score"`
					Contribution struct {
						Contributor string `json:"contributor"`
					} `json:"contribution"`
				} `json:"scores"`
				FeeShares []struct {
					Amount string `json:"amount"`
				} `json:"feeShares"`
			} `json:"attribution"`
		} `json:"inferenceRequest"`
	}
	fx.data(t, `{ inferenceRequest(id: "4") { status attribution { batchId prediction
		scores { index score contribution { contributor } } feeShares { amount } } } }`, nil, &r)
	a := r.InferenceRequest.Attribution
	if r.InferenceRequest.Status != "SETTLED" || a.BatchID != 1 || a.Prediction != "digit 3" || len(a.Scores) != 4 ||
		a.Scores[1].Contribution.Contributor != indexertest.Lower(fx.f.A.Bob.Address) || a.Scores[1].Score != "1.250" ||
		a.FeeShares[3].Amount != "4000" {
		t.Fatalf("attribution = %+v", a)
	}
}

type walletModel struct {
	BatchID    int    `json:"batchId"`
	Current    bool   `json:"current"`
	Cumulative string `json:"cumulative"`
	Claimed    string `json:"claimed"`
	Claimable  string `json:"claimable"`
	Model      struct {
		ID string `json:"id"`
	} `json:"model"`
	Leaves []struct {
		Index        int      `json:"index"`
		Cumulative   string   `json:"cumulative"`
		Claimable    string   `json:"claimable"`
		Proof        []string `json:"proof"`
		Contribution struct {
			ID string `json:"id"`
		} `json:"contribution"`
	} `json:"leaves"`
}

type walletResult struct {
	Wallet struct {
		Claimable string        `json:"claimable"`
		Models    []walletModel `json:"models"`
		Claims    struct {
			Nodes []struct {
				Amount string `json:"amount"`
			} `json:"nodes"`
		} `json:"claims"`
	} `json:"wallet"`
}

const walletQuery = `query($a: Address!) { wallet(address: $a) { claimable claims { nodes { amount } }
	models { batchId current cumulative claimed claimable model { id } leaves { index cumulative claimable proof contribution { id } } } } }`

func testWallet(t *testing.T, fx *fixture) {
	a := fx.f.A
	var alice, carol, nobody walletResult
	fx.data(t, walletQuery, map[string]any{"a": a.Alice.Address.Hex()}, &alice)
	w := alice.Wallet
	if w.Claimable != "250000000000000000" || len(w.Models) != 1 || len(w.Claims.Nodes) != 1 {
		t.Fatalf("alice's wallet = %+v", w)
	}
	m := w.Models[0]
	if m.BatchID != 1 || !m.Current || m.Cumulative != "750000000000000000" || m.Claimed != "500000000000000000" ||
		len(m.Leaves) != 2 || len(m.Leaves[0].Proof) != 2 || m.Leaves[1].Contribution.ID != "4" {
		t.Fatalf("alice's model = %+v", m)
	}
	fx.data(t, walletQuery, map[string]any{"a": a.Carol.Address.Hex()}, &carol)
	if carol.Wallet.Claimable != "375000000000000000" || carol.Wallet.Models[0].Leaves[0].Index != 3 {
		t.Fatalf("carol's wallet = %+v", carol.Wallet)
	}
	fx.data(t, walletQuery, map[string]any{"a": "0x000000000000000000000000000000000000dEaD"}, &nobody)
	if nobody.Wallet.Claimable != "0" || len(nobody.Wallet.Models) != 0 {
		t.Fatalf("empty wallet = %+v", nobody.Wallet)
	}
}

func testMetaAndClaims(t *testing.T, fx *fixture) {
	var r struct {
		Meta struct {
			Block struct {
				Number    int    `json:"number"`
				Hash      string `json:"hash"`
				Timestamp int64  `json:"timestamp"`
			} `json:"block"`
			FinalizedBlock int  `json:"finalizedBlock"`
			ChainID        int  `json:"chainId"`
			ChainHead      *int `json:"chainHead"`
		} `json:"_meta"`
		Claims struct {
			Nodes []struct {
				Account     string `json:"account"`
				LeafIndices []int  `json:"leafIndices"`
			} `json:"nodes"`
		} `json:"claims"`
	}
	fx.data(t, `query($a: Address) { _meta { block { number hash timestamp } finalizedBlock chainId chainHead }
		claims(where: {account: $a}) { nodes { account leafIndices } } }`, map[string]any{"a": fx.f.A.Alice.Address.Hex()}, &r)
	st, err := fx.ix.State(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if r.Meta.Block.Number != int(st.LastBlock) || r.Meta.Block.Hash != st.LastHash || r.Meta.Block.Timestamp == 0 ||
		r.Meta.FinalizedBlock != r.Meta.Block.Number-3 || r.Meta.ChainID != int(fx.f.S.ChainID.Int64()) ||
		r.Meta.ChainHead == nil || *r.Meta.ChainHead != r.Meta.Block.Number {
		t.Fatalf("_meta = %+v", r.Meta)
	}
	if len(r.Claims.Nodes) != 1 || len(r.Claims.Nodes[0].LeafIndices) != 2 {
		t.Fatalf("claims = %+v", r.Claims)
	}
}

// testErrors sends malformed queries and bad arguments: each gets a GraphQL error with a message
// that says what is wrong, and never a 5xx.
func testErrors(t *testing.T, fx *fixture) {
	deep := `{ datanets { nodes { leaderboard { nodes { datanet { leaderboard { nodes { datanet { leaderboard { nodes { datanet { id } } } } } } } } } } } }`
	cases := []struct {
		name, query string
		vars        map[string]any
		want        string
		status      int
	}{
		{"bad id", `{ datanet(id: "abc") { id } }`, nil, "id: ID must be a non-negative decimal integer", 200},
		{"page cap", `{ datanets(first: 1000) { nodes { id } } }`, nil, "first must be between 1 and 100", 200},
		{"zero page", `{ leaderboard(datanetId: "1", first: 0) { nodes { rank } } }`, nil, "first must be between 1 and 100", 200},
		{"bad address literal", `{ contributor(datanetId: "1", address: "0x123") { rank } }`, nil, "Address must be 0x followed by 40 hex digits", 200},
		{"bad address variable", `query($a: Address!) { wallet(address: $a) { claimable } }`, map[string]any{"a": "alice"}, "Address must be", 0},
		{"unknown field", `{ nosuchfield }`, nil, `Cannot query field "nosuchfield"`, 422},
		{"syntax", `{ datanets(`, nil, "Expected", 422},
		{"bad enum", `{ contributions(where: {status: MAYBE}) { nodes { id } } }`, nil, "MAYBE", 422},
		{"bad cursor", `{ datanets(after: "zzz") { nodes { id } } }`, nil, "not a cursor issued by this API", 200},
		{"negative batch", `{ settlement(modelId: "1", batchId: -1) { id } }`, nil, "batchId must not be negative", 200},
		{"depth", deep, nil, "nested 12 levels deep; the limit is 10", 0},
		{"complexity", `{ datanets(first: 100) { nodes { contributions(first: 100) { nodes { votes { validator } } } } } }`, nil, "exceeds the limit of 5000", 0},
		{"bad BigInt", `query($v: BigInt) { __typename }`, map[string]any{"v": "-5"}, "", 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := fx.post(t, c.query, c.vars)
			if c.want == "" {
				return // only: no 5xx
			}
			if len(r.Errors) == 0 {
				t.Fatalf("no error, data %s", r.Data)
			}
			if !strings.Contains(r.Errors[0].Message, c.want) {
				t.Fatalf("error %q does not say %q", r.Errors[0].Message, c.want)
			}
			if c.status != 0 && r.status != c.status {
				t.Fatalf("HTTP %d, want %d", r.status, c.status)
			}
		})
	}
	// A cursor of one ordering used with another.
	var r struct {
		Datanets struct {
			PageInfo page `json:"pageInfo"`
		} `json:"datanets"`
	}
	fx.data(t, `{ datanets(first: 1) { pageInfo { endCursor } } }`, nil, &r)
	res := fx.post(t, `query($c: String) { datanets(orderBy: CONTRIBUTION_COUNT, after: $c) { nodes { id } } }`,
		map[string]any{"c": *r.Datanets.PageInfo.EndCursor})
	if len(res.Errors) == 0 || !strings.Contains(res.Errors[0].Message, "belongs to ordering id:asc") {
		t.Fatalf("cursor from another ordering: %+v", res.Errors)
	}
	if res := fx.raw(t, "application/json", []byte("not json")); res.status != http.StatusBadRequest || len(res.Errors) == 0 {
		t.Fatalf("garbage body: HTTP %d %+v", res.status, res.Errors)
	}
}

// testCrossOrigin plays a browser on another origin: the preflight of a JSON POST is allowed, and the
// answer to the POST is readable.
func testCrossOrigin(t *testing.T, fx *fixture) {
	const origin = "https://dapp.example"
	pre, _ := http.NewRequest(http.MethodOptions, fx.srv.URL+"/graphql", nil)
	pre.Header.Set("Origin", origin)
	pre.Header.Set("Access-Control-Request-Method", "POST")
	pre.Header.Set("Access-Control-Request-Headers", "content-type")
	resp, err := http.DefaultClient.Do(pre)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusNoContent || resp.Header.Get("Access-Control-Allow-Origin") != "*" ||
		!strings.Contains(resp.Header.Get("Access-Control-Allow-Methods"), "POST") ||
		!strings.EqualFold(resp.Header.Get("Access-Control-Allow-Headers"), "Content-Type") {
		t.Fatalf("preflight: HTTP %d, headers %v", resp.StatusCode, resp.Header)
	}
	req, _ := http.NewRequest(http.MethodPost, fx.srv.URL+"/graphql", strings.NewReader(`{"query":"{ _meta { chainId } }"}`))
	req.Header.Set("Origin", origin)
	req.Header.Set("Content-Type", "application/json")
	resp, err = http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || resp.Header.Get("Access-Control-Allow-Origin") != "*" ||
		!strings.Contains(string(body), "chainId") {
		t.Fatalf("cross-origin POST: HTTP %d, headers %v, body %s", resp.StatusCode, resp.Header, body)
	}
}
