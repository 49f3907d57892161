package scenario

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/open-attribution/poa/bindings/datanetregistry"
	"github.com/open-attribution/poa/internal/devchain"
	"github.com/open-attribution/poa/internal/payout"
	"github.com/open-attribution/poa/internal/publish"
)

// Actors are the accounts of the standard flow.
type Actors struct {
	Deployer, Treasury, Oracle, ModelOwner, User devchain.Account
	V1, V2, V3                                   devchain.Account
	Alice, Bob, Carol, Dave, Mallory             devchain.Account
}

// NewActors derives the flow's accounts.
func NewActors() Actors {
	n := devchain.NewAccount
	return Actors{Deployer: n("deployer"), Treasury: n("treasury"), Oracle: n("oracle"), ModelOwner: n("model owner"),
		User: n("user (pays for inference)"), V1: n("validator 1"), V2: n("validator 2"), V3: n("validator 3"),
		Alice: n("alice (contributor)"), Bob: n("bob (contributor)"), Carol: n("carol (contributor)"),
		Dave: n("dave (contributor)"), Mallory: n("mallory (rejected contributor)")}
}

// All lists every actor (for genesis allocations).
func (a Actors) All() []devchain.Account {
	return []devchain.Account{a.Deployer, a.Treasury, a.Oracle, a.ModelOwner, a.User, a.V1, a.V2, a.V3,
		a.Alice, a.Bob, a.Carol, a.Dave, a.Mallory}
}

// Flow is the standard flow's state between its phases.
type Flow struct {
	S        *Suite
	A        Actors
	Bond     *big.Int
	Fee      *big.Int
	Datanet1 *big.Int // bonded, forfeits on reject, validators V1 V2, quorum 2
	Datanet2 *big.Int // no bond, validator V3, quorum 1
	Model    *big.Int // trained on Datanet1's first four accepted contributions
	// Accepted are Datanet1's accepted contributors in accepted-index order.
	Accepted []devchain.Account
	Requests []*big.Int
	Epoch    uint64
	Batches  []*Settlement

	cumulative  []*big.Int
	inputHashes map[string]common.Hash
}

// NewFlow deploys the suite for the standard flow.
func NewFlow(ctx context.Context, c Chain) (*Flow, error) {
	a := NewActors()
	s, err := Deploy(ctx, c, a.Deployer, a.Treasury.Address)
	if err != nil {
		return nil, err
	}
	f := &Flow{S: s, A: a, Bond: Open(10), Fee: Open(1)}
	if err := s.Prepare(ctx, Open(100), a.Alice, a.Bob, a.Carol, a.Dave, a.Mallory, a.User); err != nil {
		return nil, err
	}
	if err := s.Prepare(ctx, nil, a.Treasury, a.Oracle, a.ModelOwner, a.V1, a.V2, a.V3); err != nil {
		return nil, err
	}
	return f, s.AllowOracle(ctx, a.Oracle.Address)
}

// Datanets creates both datanets, contributes and votes: in Datanet1 Alice (twice), Bob and Carol
// are accepted and Mallory rejected; in Datanet2 Dave is accepted and Alice rejected.
func (f *Flow) Datanets(ctx context.Context) error {
	s, a := f.S, f.A
	var err error
	if f.Datanet1, err = s.CreateDatanet(ctx, a.Deployer, datanetregistry.IDatanetRegistryDatanetParams{
		MetadataURI: "ipfs://digits", Kind: 3, Bond: f.Bond, ForfeitBondOnReject: true,
		Validators: []common.Address{a.V1.Address, a.V2.Address}, Quorum: 2}); err != nil {
		return err
	}
	if f.Datanet2, err = s.CreateDatanet(ctx, a.Dave, datanetregistry.IDatanetRegistryDatanetParams{
		MetadataURI: "ipfs://poems", Kind: 0, Bond: new(big.Int), Validators: []common.Address{a.V3.Address}, Quorum: 1}); err != nil {
		return err
	}
	type upload struct {
		who     devchain.Account
		dn      *big.Int
		content string
		accept  bool
	}
	uploads := []upload{
		{a.Alice, f.Datanet1, "alice digits 1", true}, {a.Bob, f.Datanet1, "bob digits", true},
		{a.Mallory, f.Datanet1, "mallory mislabeled", false}, {a.Alice, f.Datanet1, "alice digits 2", true},
		{a.Carol, f.Datanet1, "carol digits", true},
		{a.Dave, f.Datanet2, "dave poem", true}, {a.Alice, f.Datanet2, "alice poem", false},
	}
	for _, u := range uploads {
		bond := f.Bond
		if u.dn.Cmp(f.Datanet2) == 0 {
			bond = nil
		}
		id, err := s.Contribute(ctx, u.who, u.dn, u.content, bond)
		if err != nil {
			return err
		}
		validators := []devchain.Account{a.V1, a.V2}
		if u.dn.Cmp(f.Datanet2) == 0 {
			validators = []devchain.Account{a.V3}
		}
		for _, v := range validators {
			if err := s.Vote(ctx, v, id, u.accept); err != nil {
				return err
			}
		}
		if u.accept && u.dn.Cmp(f.Datanet1) == 0 {
			f.Accepted = append(f.Accepted, u.who)
		}
	}
	return nil
}

// RegisterModel registers the model on Datanet1's four accepted contributions.
func (f *Flow) RegisterModel(ctx context.Context) error {
	var err error
	f.Model, err = f.S.RegisterModel(ctx, f.A.Oracle, f.Datanet1, uint64(len(f.Accepted)), f.A.ModelOwner.Address, f.Fee, "digits")
	return err
}

// RequestInferences pays for n inferences of the model.
func (f *Flow) RequestInferences(ctx context.Context, n int) error {
	for i := 0; i < n; i++ {
		input := fmt.Sprintf("input %d", len(f.Requests))
		id, epoch, err := f.S.Request(ctx, f.A.User, f.Model, input, f.Fee)
		if err != nil {
			return err
		}
		if f.inputHashes == nil {
			f.inputHashes = map[string]common.Hash{}
		}
		f.inputHashes[id.String()] = crypto.Keccak256Hash([]byte(input))
		f.Requests = append(f.Requests, id)
		f.Epoch = epoch
	}
	return nil
}

// SettlePending closes the epoch and settles the requests not settled yet, adding perLeaf wei to
// every accepted contribution's cumulative leaf.
func (f *Flow) SettlePending(ctx context.Context, perLeaf *big.Int) (*Settlement, error) {
	return f.SettlePendingIn(ctx, perLeaf, nil)
}

// SettlePendingIn is SettlePending with the batch's request order chosen by order (which permutes
// the pending ids, given in request order, in place; nil keeps them): the vault takes any order,
// and the order is part of the proof's public inputs.
func (f *Flow) SettlePendingIn(ctx context.Context, perLeaf *big.Int, order func(ids []*big.Int)) (*Settlement, error) {
	if err := f.S.Advance(ctx, 24*60*60+1); err != nil {
		return nil, err
	}
	seen := map[string]bool{}
	for _, b := range f.Batches {
		for _, r := range b.RequestIDs {
			seen[r.String()] = true
		}
	}
	var pending []*big.Int
	for _, r := range f.Requests {
		if !seen[r.String()] {
			pending = append(pending, r)
		}
	}
	if order != nil {
		order(pending)
	}
	if len(f.cumulative) == 0 {
		f.cumulative = make([]*big.Int, len(f.Accepted))
		for i := range f.cumulative {
			f.cumulative[i] = new(big.Int)
		}
	}
	leaves := make([]payout.Leaf, len(f.Accepted))
	distributed := new(big.Int)
	for i, who := range f.Accepted {
		f.cumulative[i] = new(big.Int).Add(f.cumulative[i], perLeaf)
		leaves[i] = payout.Leaf{Index: uint64(i), Account: who.Address, Cumulative: f.cumulative[i]}
		distributed.Add(distributed, perLeaf)
	}
	st, err := f.S.Settle(ctx, f.A.Oracle, f.Model, f.Epoch, pending, leaves, distributed, uint64(len(f.Accepted)))
	if err != nil {
		return nil, err
	}
	st.RequestIDs = pending
	f.Batches = append(f.Batches, st)
	return st, nil
}

// ClaimAll claims an account's leaves of the latest batch.
func (f *Flow) ClaimAll(ctx context.Context, who devchain.Account) error {
	last := f.Batches[len(f.Batches)-1]
	var mine []payout.Leaf
	for _, l := range last.Leaves {
		if l.Account == who.Address {
			mine = append(mine, l)
		}
	}
	leaves, err := ClaimLeaves(last.Tree, mine...)
	if err != nil {
		return err
	}
	_, err = f.S.Claim(ctx, who, f.Model, leaves)
	return err
}

// Payouts withdraws the model owner's share and splits the validator pool of Datanet1.
func (f *Flow) Payouts(ctx context.Context) error {
	if _, err := f.S.Send(ctx, f.A.ModelOwner, f.S.VaultC, Vault.PackWithdraw(f.A.ModelOwner.Address)); err != nil {
		return err
	}
	_, err := f.S.Send(ctx, f.A.V1, f.S.VaultC, Vault.PackDistributeValidatorRewards(f.Datanet1))
	return err
}

// Run is the whole standard flow: datanets, model, three inferences, a settlement, Alice claims,
// two more inferences, a second settlement, Bob claims, payouts.
func (f *Flow) Run(ctx context.Context) error {
	perLeaf := new(big.Int).Div(Open(1), big.NewInt(4)) // 4 leaves x 0.25 OPEN ≤ 70% of 3 OPEN
	for _, step := range []func() error{
		func() error { return f.Datanets(ctx) },
		func() error { return f.RegisterModel(ctx) },
		func() error { return f.RequestInferences(ctx, 3) },
		func() error { _, err := f.SettlePending(ctx, perLeaf); return err },
		func() error { return f.ClaimAll(ctx, f.A.Alice) },
		func() error { return f.RequestInferences(ctx, 2) },
		func() error { _, err := f.SettlePending(ctx, new(big.Int).Div(perLeaf, big.NewInt(2))); return err },
		func() error { return f.ClaimAll(ctx, f.A.Bob) },
		func() error { return f.Payouts(ctx) },
	} {
		if err := step(); err != nil {
			return err
		}
	}
	return nil
}

// Document is the batch document the oracle would publish for the flow's i-th settlement: the
// settled tree's leaves and, for every request, a prediction, a score per contribution and the fee
// shares (each contribution's part of what the batch added).
func (f *Flow) Document(i int, chainID uint64) *publish.Batch {
	b := f.Batches[i]
	doc := &publish.Batch{Version: publish.Version, ChainID: chainID, RewardVault: f.S.Addrs.RewardVault,
		ModelID: b.ModelID.Uint64(), BatchID: b.BatchID.Uint64(), Epoch: b.Epoch, PayoutRoot: b.Tree.Root(), Depth: b.Tree.Depth()}
	for _, l := range b.Leaves {
		doc.Leaves = append(doc.Leaves, publish.Leaf{Index: l.Index, Account: l.Account, Cumulative: publish.NewAmount(l.Cumulative)})
	}
	for k, r := range b.RequestIDs {
		a := publish.Attribution{RequestID: r.Uint64(), InputHash: f.inputHashes[r.String()],
			Prediction: fmt.Sprintf("digit %d", (k+3)%10)}
		for j := range b.Leaves {
			a.Scores = append(a.Scores, publish.Score{Index: uint64(j), Value: fmt.Sprintf("%d.%03d", j%2, 125*(j+1))})
			a.FeeShares = append(a.FeeShares, publish.FeeShare{Index: uint64(j), Amount: publish.NewAmount(big.NewInt(int64(1000 * (j + 1))))})
		}
		doc.Requests = append(doc.Requests, a)
	}
	return doc
}
