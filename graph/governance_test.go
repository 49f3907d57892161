package graph_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/open-attribution/poa/internal/indexer/indexertest"
	"github.com/open-attribution/poa/internal/indexer/scenario"
)

// TestGovernance runs governance on the simulated backend (internal/deploy's Governance: proposal,
// votes, queue, execute; stakes, unbonding, a withdrawal and a slash; a dispute upheld, the batch
// voided and released; feedback) and checks what the API answers, on SQLite and Postgres.
func TestGovernance(t *testing.T) {
	f, chain := simFlow(t, (*scenario.Flow).GovernanceReady)
	run, err := f.GovernanceFlow(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range indexertest.Backends(t) {
		t.Run(b.Name, func(t *testing.T) {
			fx := newFixture(t, b, f, chain)
			checkProposals(t, fx, run)
			checkStakes(t, fx)
			checkGuard(t, fx, run)
			checkFeedback(t, fx)
		})
	}
}

func checkProposals(t *testing.T, fx *fixture, run *scenario.GovernanceRun) {
	t.Helper()
	var d struct {
		Proposal struct {
			Proposer, Description, Status, ForVotes, AgainstVotes, AbstainVotes string
			Targets, Calldatas                                                  []string
			VoteStart, VoteEnd, VoteCount                                       int64
			Eta, ExecutedBlock                                                  *int64
			Votes                                                               struct {
				Nodes []struct{ Voter, Support, Weight, Reason string }
			}
		}
		Proposals struct {
			Nodes []struct{ ID, Status string }
		}
	}
	fx.data(t, `query ($id: ID!) {
		proposal(id: $id) { proposer description status forVotes againstVotes abstainVotes targets calldatas
			voteStart voteEnd voteCount eta executedBlock
			votes(orderDirection: ASC) { nodes { voter support weight reason } } }
		proposals { nodes { id status } } }`, map[string]any{"id": run.Proposal.String()}, &d)
	p := d.Proposal
	a := fx.f.A
	if p.Status != "EXECUTED" || p.Description != run.Description || p.Proposer != indexertest.Lower(a.Deployer.Address) ||
		len(p.Targets) != 3 || p.Targets[1] != indexertest.Lower(fx.f.S.Gov.SettlementGuard) || len(p.Calldatas) != 3 ||
		p.Eta == nil || p.ExecutedBlock == nil || p.VoteEnd-p.VoteStart != scenario.GovVotingPeriod {
		t.Fatalf("proposal %+v", p)
	}
	if p.VoteCount != 2 || len(p.Votes.Nodes) != 2 || p.AbstainVotes != "0" ||
		p.Votes.Nodes[0].Support != "FOR" || p.Votes.Nodes[0].Reason != "the batch is wrong" || p.Votes.Nodes[0].Weight != p.ForVotes ||
		p.Votes.Nodes[1].Support != "AGAINST" || p.Votes.Nodes[1].Voter != indexertest.Lower(a.Alice.Address) ||
		p.Votes.Nodes[1].Weight != p.AgainstVotes || p.AgainstVotes == "0" {
		t.Fatalf("tallies %s/%s/%s, votes %+v", p.ForVotes, p.AgainstVotes, p.AbstainVotes, p.Votes.Nodes)
	}
	// Newest first: the canceled proposal, then the executed one.
	if n := d.Proposals.Nodes; len(n) != 2 || n[0].ID != run.Canceled.String() || n[0].Status != "CANCELED" || n[1].Status != "EXECUTED" {
		t.Fatalf("proposals %+v", n)
	}
}

func checkStakes(t *testing.T, fx *fixture) {
	t.Helper()
	var d struct {
		ValidatorStakes struct {
			Nodes []struct {
				Validator, Active, Unbonding, StakedTotal, WithdrawnTotal, SlashedTotal string
				Member                                                                  bool
				UnbondingEnd                                                            *int64
				History                                                                 struct {
					Nodes []struct {
						Kind, Amount, ActiveAfter string
						Removed                   *bool
					}
				}
			}
		}
		Parameters []struct{ Name, Value string }
	}
	fx.data(t, `query ($dn: ID!) {
		validatorStakes(datanetId: $dn) { nodes { validator active unbonding stakedTotal withdrawnTotal slashedTotal member unbondingEnd
			history(orderDirection: ASC) { nodes { kind amount activeAfter removed } } } }
		parameters(contract: "ValidatorStaking") { name value } }`, map[string]any{"dn": fx.f.Datanet2.String()}, &d)
	n := d.ValidatorStakes.Nodes
	if len(n) != 2 {
		t.Fatalf("stakes %+v", n)
	}
	v3, v1 := n[0], n[1]
	open := func(x int64) string { return scenario.Open(x).String() }
	// V3: staked 15,000, unbonded 5,000, slashed 1,000 below the raised minimum: out of the set with
	// the remaining 9,000 unbonding on top of the 5,000.
	if v3.Validator != indexertest.Lower(fx.f.A.V3.Address) || v3.Active != "0" || v3.Unbonding != open(14_000) ||
		v3.SlashedTotal != open(1_000) || v3.StakedTotal != open(15_000) || v3.Member || v3.UnbondingEnd == nil {
		t.Fatalf("V3 %+v", v3)
	}
	h := v3.History.Nodes
	if len(h) != 3 || h[0].Kind != "STAKED" || h[1].Kind != "UNBONDING" || h[2].Kind != "SLASHED" || h[2].Removed == nil || !*h[2].Removed {
		t.Fatalf("V3 history %+v", h)
	}
	if v1.Active != "0" || v1.Unbonding != "0" || v1.WithdrawnTotal != open(10_000) || v1.Member || len(v1.History.Nodes) != 3 ||
		v1.History.Nodes[2].Kind != "WITHDRAWN" {
		t.Fatalf("V1 %+v", v1)
	}
	found := false
	for _, p := range d.Parameters {
		if p.Name == "MinStakeUpdated" {
			found = strings.Contains(p.Value, open(12_000))
		}
	}
	if !found {
		t.Fatalf("parameters %+v: want the raised minimum stake", d.Parameters)
	}
}

func checkGuard(t *testing.T, fx *fixture, run *scenario.GovernanceRun) {
	t.Helper()
	var d struct {
		Settlement struct {
			Status   string
			Requests []struct{ Status string }
			Guard    struct {
				Status                    string
				FinalizesAt, DisputeCount int64
				VoidedBy                  *string
				Disputes                  []struct{ ID, Status, Challenger, Bond, EvidenceURI string }
			}
		}
		Disputes struct {
			Nodes []struct {
				Status       string
				ToChallenger *string
				Settlement   struct{ BatchID int64 }
			}
		}
		Model struct{ SettledRequestCount int64 }
	}
	b := run.Batch
	fx.data(t, `query ($m: ID!, $b: Int!) {
		settlement(modelId: $m, batchId: $b) { status requests { status }
			guard { status finalizesAt disputeCount voidedBy disputes { id status challenger bond evidenceURI } } }
		disputes(where: {status: UPHELD}) { nodes { status toChallenger settlement { batchId } } }
		model(id: $m) { settledRequestCount } }`, map[string]any{"m": b.ModelID.String(), "b": b.BatchID.Int64()}, &d)
	s, g := d.Settlement, d.Settlement.Guard
	if s.Status != "VOIDED" || g.Status != "RELEASED" || g.DisputeCount != 1 || g.VoidedBy == nil ||
		*g.VoidedBy != indexertest.Lower(fx.f.S.Gov.SettlementGuard) || g.FinalizesAt == 0 || len(g.Disputes) != 1 ||
		g.Disputes[0].Status != "UPHELD" || g.Disputes[0].Challenger != indexertest.Lower(fx.f.A.Mallory.Address) ||
		g.Disputes[0].Bond != scenario.Open(1_000).String() || g.Disputes[0].EvidenceURI != "ipfs://evidence" {
		t.Fatalf("settlement %+v", s)
	}
	for _, r := range s.Requests {
		if r.Status != "PENDING" {
			t.Fatalf("requests of the released batch: %+v", s.Requests)
		}
	}
	if len(d.Disputes.Nodes) != 1 || d.Disputes.Nodes[0].ToChallenger == nil || d.Disputes.Nodes[0].Settlement.BatchID != b.BatchID.Int64() {
		t.Fatalf("disputes %+v", d.Disputes.Nodes)
	}
	if d.Model.SettledRequestCount != 0 {
		t.Fatalf("the voided batch still counts: %d settled requests", d.Model.SettledRequestCount)
	}
}

func checkFeedback(t *testing.T, fx *fixture) {
	t.Helper()
	var d struct {
		Feedback struct {
			Nodes []struct {
				Validator, Weight, OutputHash string
				Correctness, Interpretability int
				Request                       struct{ ID string }
			}
		}
	}
	fx.data(t, `query ($m: ID!) { feedback(modelId: $m) { nodes { validator weight outputHash correctness interpretability request { id } } } }`,
		map[string]any{"m": fx.f.Model.String()}, &d)
	n := d.Feedback.Nodes
	if len(n) != 1 || n[0].Validator != indexertest.Lower(fx.f.A.V1.Address) || n[0].Correctness != 80 || n[0].Interpretability != 60 ||
		n[0].Weight != "1" || n[0].Request.ID != fx.f.Requests[0].String() {
		t.Fatalf("feedback %+v", n)
	}
}

// TestProposalSubscription follows governance live: each proposal event reaches a subscriber, in
// chain order, with the proposal as that event left it.
func TestProposalSubscription(t *testing.T) {
	f, chain := simFlow(t, (*scenario.Flow).GovernanceReady)
	ctx := context.Background()
	fx := newFixture(t, indexertest.Backends(t)[0], f, chain)
	ws := dialWS(t, fx)
	ws.subscribe("bad", `subscription { proposalUpdated(proposalId: "0x1") { id } }`)
	if m := ws.read(); m["id"] != "bad" || !strings.Contains(fmt.Sprint(m["payload"]), `proposalId: "0x1" is not a proposal id`) {
		t.Fatalf("subscription with a bad proposal id: %v", m)
	}
	ws.subscribe("all", `subscription { proposalUpdated { id status voteCount forVotes againstVotes } }`)
	waitSubscribers(t, fx, 1)

	run, err := f.GovernanceFlow(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := fx.ix.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	// The flow proposes P and C, cancels C, votes twice on P, queues and executes it.
	p, c := run.Proposal.String(), run.Canceled.String()
	want := []string{p + " CREATED 0", c + " CREATED 0", c + " CANCELED 0", p + " CREATED 1", p + " CREATED 2",
		p + " QUEUED 2", p + " EXECUTED 2"}
	var last map[string]any
	for i, w := range want {
		last = ws.next("all")["proposalUpdated"].(map[string]any)
		if got := fmt.Sprintf("%v %v %v", last["id"], last["status"], last["voteCount"]); got != w {
			t.Fatalf("message %d: %s, want %s", i, got, w)
		}
	}
	if last["forVotes"] == "0" || last["againstVotes"] == "0" {
		t.Fatalf("executed proposal's tallies: %v", last)
	}
}
