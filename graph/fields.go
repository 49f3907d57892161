package graph

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"sync"

	"github.com/uptrace/bun"

	"github.com/open-attribution/poa/graph/model"
	"github.com/open-attribution/poa/internal/indexer/schema"
	"github.com/open-attribution/poa/internal/store"
)

// Field helpers of the resolvers: enum mapping, lookups and computed fields.

var kinds = []model.DatanetKind{model.DatanetKindText, model.DatanetKindImage, model.DatanetKindAudio, model.DatanetKindTabular}

func kindName(k int16) (model.DatanetKind, error) {
	if k < 0 || int(k) >= len(kinds) {
		return "", fmt.Errorf("unknown datanet kind %d", k)
	}
	return kinds[k], nil
}

func kindNumber(k model.DatanetKind) int16 {
	for i, v := range kinds {
		if v == k {
			return int16(i)
		}
	}
	return -1
}

func (r *Resolver) datanetByID(ctx context.Context, id int64) (*schema.Datanet, error) {
	return one(ctx, r, "datanet", func(d *schema.Datanet) *bun.SelectQuery { return r.db.NewSelect().Model(d).Where("id = ?", id) })
}

func (r *Resolver) modelByID(ctx context.Context, id int64) (*schema.Model, error) {
	return one(ctx, r, "model", func(m *schema.Model) *bun.SelectQuery { return r.db.NewSelect().Model(m).Where("id = ?", id) })
}

func (r *Resolver) contributionByID(ctx context.Context, id int64) (*schema.Contribution, error) {
	return one(ctx, r, "contribution", func(c *schema.Contribution) *bun.SelectQuery {
		return r.db.NewSelect().Model(c).Where("id = ?", id)
	})
}

func (r *Resolver) settlementByKey(ctx context.Context, model, batch int64) (*schema.Settlement, error) {
	return one(ctx, r, "settlement", func(s *schema.Settlement) *bun.SelectQuery {
		return r.db.NewSelect().Model(s).Where("model_id = ? AND batch_id = ?", model, batch)
	})
}

func (r *Resolver) contributor(ctx context.Context, datanet int64, address string) (*model.Contributor, error) {
	c, err := one(ctx, r, "contributor", func(c *schema.Contributor) *bun.SelectQuery {
		return r.db.NewSelect().Model(c).Where("datanet_id = ? AND address = ?", datanet, address)
	})
	if err != nil || c == nil {
		return nil, err
	}
	return r.withRank(ctx, c)
}

func (r *Resolver) account(ctx context.Context, address string) (*schema.Account, error) {
	return one(ctx, r, "contributor totals", func(a *schema.Account) *bun.SelectQuery {
		return r.db.NewSelect().Model(a).Where("address = ?", address)
	})
}

// must turns "no row" into an error, for non-null fields whose row must exist (it can be missing
// only when indexing started after the row's creation event).
func must[T any](v *T, err error) (*T, error) {
	if err == nil && v == nil {
		var zero T
		return nil, fmt.Errorf("referenced %T is not indexed (indexing started after it was created?)", zero)
	}
	return v, err
}

// byAcceptedIndex maps accepted indices of a datanet to their contributions.
func (r *Resolver) byAcceptedIndex(ctx context.Context, datanet int64, idx []int64) (map[int64]*schema.Contribution, error) {
	out := map[int64]*schema.Contribution{}
	if len(idx) == 0 {
		return out, nil
	}
	var rows []schema.Contribution
	if err := r.db.NewSelect().Model(&rows).Where("datanet_id = ? AND accepted_index IN (?)", datanet, bun.In(idx)).
		Scan(ctx); err != nil {
		return nil, r.internal(ctx, "contributions by accepted index", err)
	}
	for i := range rows {
		out[*rows[i].AcceptedIndex] = &rows[i]
	}
	return out, nil
}

// deployment is what the public inputs need of the indexed deployment (see inputs.go).
type deployment struct {
	once    sync.Once
	err     error
	chainID int64
	vault   string
}

func (r *Resolver) deployment(ctx context.Context) (*deployment, error) {
	d := &r.dep
	d.once.Do(func() {
		st := new(schema.State)
		if d.err = r.db.NewSelect().Model(st).Where("id = 1").Scan(ctx); d.err != nil {
			return
		}
		var addrs map[string]string
		if d.err = json.Unmarshal([]byte(st.Addresses), &addrs); d.err != nil {
			return
		}
		d.chainID, d.vault = st.ChainID, addrs["rewardVault"]
	})
	if d.err != nil {
		err := d.err
		d.once, d.err = sync.Once{}, nil // retry on the next request
		return nil, r.internal(ctx, "deployment", err)
	}
	return d, nil
}

func (r *Resolver) publication(ctx context.Context, s *schema.Settlement) (*schema.PublishedBatch, error) {
	return one(ctx, r, "publication", func(p *schema.PublishedBatch) *bun.SelectQuery {
		return r.db.NewSelect().Model(p).Where("model_id = ? AND batch_id = ?", s.ModelID, s.BatchID)
	})
}

func (r *Resolver) finalized(ctx context.Context, block int64) (bool, error) {
	var fin int64
	if err := r.db.NewSelect().Model((*schema.State)(nil)).Column("finalized_block").Where("id = 1").Scan(ctx, &fin); err != nil {
		return false, r.internal(ctx, "finalized block", err)
	}
	return block <= fin, nil
}

func (r *Resolver) attribution(ctx context.Context, req *schema.InferenceRequest) (*model.Attribution, error) {
	a, err := one(ctx, r, "attribution", func(a *schema.PublishedAttribution) *bun.SelectQuery {
		return r.db.NewSelect().Model(a).Where("request_id = ?", req.ID)
	})
	if err != nil || a == nil {
		return nil, err
	}
	var scores []struct {
		Index int64  `json:"index"`
		Value string `json:"value"`
	}
	var shares []struct {
		Index  int64         `json:"index"`
		Amount store.Numeric `json:"amount"`
	}
	if err := json.Unmarshal([]byte(a.Scores), &scores); err != nil {
		return nil, r.internal(ctx, "attribution scores", err)
	}
	if err := json.Unmarshal([]byte(a.FeeShares), &shares); err != nil {
		return nil, r.internal(ctx, "attribution fee shares", err)
	}
	m, err := must(r.modelByID(ctx, req.ModelID))
	if err != nil {
		return nil, err
	}
	var idx []int64
	for _, s := range scores {
		idx = append(idx, s.Index)
	}
	for _, s := range shares {
		idx = append(idx, s.Index)
	}
	contribs, err := r.byAcceptedIndex(ctx, m.DatanetID, idx)
	if err != nil {
		return nil, err
	}
	out := &model.Attribution{BatchID: int(a.BatchID), Prediction: a.Prediction,
		Scores: make([]*model.ContributionScore, len(scores)), FeeShares: make([]*model.FeeShare, len(shares))}
	for i, s := range scores {
		out.Scores[i] = &model.ContributionScore{Index: int(s.Index), Score: s.Value, Contribution: contribs[s.Index]}
	}
	for i, s := range shares {
		out.FeeShares[i] = &model.FeeShare{Index: int(s.Index), Amount: s.Amount, Contribution: contribs[s.Index]}
	}
	return out, nil
}

func (r *Resolver) meta(ctx context.Context) (*model.Meta, error) {
	st := new(schema.State)
	if err := r.db.NewSelect().Model(st).Where("id = 1").Scan(ctx); err != nil {
		return nil, r.internal(ctx, "meta", err)
	}
	m := &model.Meta{Block: &model.MetaBlock{Number: int(st.LastBlock), Timestamp: int(st.LastTime)},
		FinalizedBlock: int(st.FinalizedBlock), ChainID: int(st.ChainID), ReorgCount: int(st.ReorgCount)}
	if st.LastHash != "" {
		h := st.LastHash
		m.Block.Hash = &h
	}
	if r.head != nil {
		h := int(r.head())
		m.ChainHead = &h
	}
	return m, nil
}

func statusEnum(s string) model.ContributionStatus {
	return model.ContributionStatus(strings.ToUpper(s))
}

func ptr[T any](v T) *T { return &v }
