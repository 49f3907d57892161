package graph

import (
	"context"
	"errors"
	"strings"

	"github.com/uptrace/bun"

	"github.com/open-attribution/poa/graph/model"
	"github.com/open-attribution/poa/internal/indexer/schema"
)

// The list queries: one function per connection type, shared by the root fields and the nested
// ones (a datanet's contributions are the contributions query with datanetId set).

func (r *Resolver) datanets(ctx context.Context, first *int, after *string, where *model.DatanetFilter,
	orderBy *model.DatanetOrderField, dir *model.OrderDirection) (*model.DatanetConnection, error) {
	o := ordering{name: "id", col: "id", tie: "id", desc: direction(dir, false)}
	if orderBy != nil {
		col := map[model.DatanetOrderField]string{model.DatanetOrderFieldID: "id",
			model.DatanetOrderFieldContributionCount: "contribution_count", model.DatanetOrderFieldAcceptedCount: "accepted_count",
			model.DatanetOrderFieldContributorCount: "contributor_count"}[*orderBy]
		o.name, o.col = strings.ToLower(orderBy.String()), col
	}
	var rows []schema.Datanet
	q := r.db.NewSelect().Model(&rows)
	if where != nil {
		if where.Owner != nil {
			q = q.Where("owner = ?", *where.Owner)
		}
		if where.Kind != nil {
			q = q.Where("kind = ?", kindNumber(*where.Kind))
		}
		if where.IDIn != nil {
			ids := make([]int64, len(where.IDIn))
			for i, s := range where.IDIn {
				id, err := parseID("where.id_in", s)
				if err != nil {
					return nil, err
				}
				ids[i] = id
			}
			if len(ids) == 0 {
				q = q.Where("1 = 0")
			} else {
				q = q.Where("id IN (?)", bun.In(ids))
			}
		}
	}
	nodes, cursors, info, err := page(ctx, q, &rows, o, first, after, func(d *schema.Datanet) (string, int64) {
		return i64(map[string]int64{"id": d.ID, "contribution_count": d.ContributionCount,
			"accepted_count": d.AcceptedCount, "contributor_count": d.ContributorCount}[o.col]), d.ID
	})
	if err != nil {
		return nil, r.userOrInternal(ctx, "datanets", err)
	}
	conn := &model.DatanetConnection{Nodes: nodes, PageInfo: info, Edges: make([]*model.DatanetEdge, len(nodes))}
	for i, n := range nodes {
		conn.Edges[i] = &model.DatanetEdge{Cursor: cursors[i], Node: n}
	}
	return conn, nil
}

func (r *Resolver) contributions(ctx context.Context, first *int, after *string, where *model.ContributionFilter,
	orderBy *model.ContributionOrderField, dir *model.OrderDirection, fixed func(*bun.SelectQuery) *bun.SelectQuery) (*model.ContributionConnection, error) {
	o := ordering{name: "id", col: "id", tie: "id", desc: direction(dir, false)}
	if orderBy != nil {
		o.name = strings.ToLower(orderBy.String())
		o.col = map[model.ContributionOrderField]string{model.ContributionOrderFieldID: "id",
			model.ContributionOrderFieldSize: "size", model.ContributionOrderFieldSubmittedBlock: "submitted_block"}[*orderBy]
	}
	var rows []schema.Contribution
	q := r.db.NewSelect().Model(&rows)
	if fixed != nil {
		q = fixed(q)
	}
	if where != nil {
		dn, err := optID("where.datanetId", where.DatanetID)
		if err != nil {
			return nil, err
		}
		if dn != nil {
			q = q.Where("datanet_id = ?", *dn)
		}
		if where.Contributor != nil {
			q = q.Where("contributor = ?", *where.Contributor)
		}
		if where.Status != nil {
			q = q.Where("status = ?", strings.ToLower(where.Status.String()))
		}
		if where.StatusIn != nil {
			s := make([]string, len(where.StatusIn))
			for i, st := range where.StatusIn {
				s[i] = strings.ToLower(st.String())
			}
			if len(s) == 0 {
				q = q.Where("1 = 0")
			} else {
				q = q.Where("status IN (?)", bun.In(s))
			}
		}
		if where.SubmittedBlockGte != nil {
			q = q.Where("submitted_block >= ?", *where.SubmittedBlockGte)
		}
		if where.SubmittedBlockLte != nil {
			q = q.Where("submitted_block <= ?", *where.SubmittedBlockLte)
		}
	}
	nodes, cursors, info, err := page(ctx, q, &rows, o, first, after, func(c *schema.Contribution) (string, int64) {
		return i64(map[string]int64{"id": c.ID, "size": c.Size, "submitted_block": c.SubmittedBlock}[o.col]), c.ID
	})
	if err != nil {
		return nil, r.userOrInternal(ctx, "contributions", err)
	}
	conn := &model.ContributionConnection{Nodes: nodes, PageInfo: info, Edges: make([]*model.ContributionEdge, len(nodes))}
	for i, n := range nodes {
		conn.Edges[i] = &model.ContributionEdge{Cursor: cursors[i], Node: n}
	}
	return conn, nil
}

// leaderboard pages a datanet's contributors by rank_key, counting the first row's rank once.
func (r *Resolver) leaderboard(ctx context.Context, datanetID int64, first *int, after *string) (*model.ContributorConnection, error) {
	o := ordering{name: "rank", col: "rank_key", kind: textCol, tie: "rank_key"}
	size, err := pageSize(first)
	if err != nil {
		return nil, err
	}
	c, err := o.decode(after)
	if err != nil {
		return nil, err
	}
	from := "" // every rank key sorts after the empty string
	if c != nil {
		from = c.Key
	}
	rows, rank, err := r.board.page(ctx, datanetID, from, size+1, c != nil)
	if err != nil {
		return nil, r.internal(ctx, "leaderboard", err)
	}
	info := &model.PageInfo{HasPreviousPage: c != nil}
	if len(rows) > size {
		rows, info.HasNextPage = rows[:size], true
	}
	conn := &model.ContributorConnection{PageInfo: info}
	for i := range rows {
		node := &model.Contributor{Contributor: rows[i], Rank: rank + int64(i)}
		cur := o.encode(rows[i].RankKey, node.Rank)
		conn.Nodes = append(conn.Nodes, node)
		conn.Edges = append(conn.Edges, &model.ContributorEdge{Cursor: cur, Node: node})
	}
	if n := len(conn.Edges); n > 0 {
		info.StartCursor, info.EndCursor = &conn.Edges[0].Cursor, &conn.Edges[n-1].Cursor
	}
	return conn, nil
}

// withRank counts the rows ahead of a contributor in its datanet.
func (r *Resolver) withRank(ctx context.Context, c *schema.Contributor) (*model.Contributor, error) {
	n, err := r.db.NewSelect().Model((*schema.Contributor)(nil)).
		Where("datanet_id = ? AND rank_key < ?", c.DatanetID, c.RankKey).Count(ctx)
	if err != nil {
		return nil, r.internal(ctx, "rank", err)
	}
	return &model.Contributor{Contributor: *c, Rank: n + 1}, nil
}

// standings pages an address's rows over datanets.
func (r *Resolver) standings(ctx context.Context, address string, first *int, after *string) (*model.ContributorConnection, error) {
	o := ordering{name: "datanet", col: "datanet_id", tie: "datanet_id"}
	var rows []schema.Contributor
	q := r.db.NewSelect().Model(&rows).Where("address = ?", address)
	nodes, cursors, info, err := page(ctx, q, &rows, o, first, after, func(c *schema.Contributor) (string, int64) {
		return i64(c.DatanetID), c.DatanetID
	})
	if err != nil {
		return nil, r.userOrInternal(ctx, "standings", err)
	}
	conn := &model.ContributorConnection{PageInfo: info}
	for i, n := range nodes {
		node, err := r.withRank(ctx, n)
		if err != nil {
			return nil, err
		}
		conn.Nodes = append(conn.Nodes, node)
		conn.Edges = append(conn.Edges, &model.ContributorEdge{Cursor: cursors[i], Node: node})
	}
	return conn, nil
}

func (r *Resolver) models(ctx context.Context, first *int, after *string, where *model.ModelFilter,
	orderBy *model.ModelOrderField, dir *model.OrderDirection) (*model.ModelConnection, error) {
	o := ordering{name: "id", col: "id", tie: "id", desc: direction(dir, false)}
	if orderBy != nil {
		o.name = strings.ToLower(orderBy.String())
		switch *orderBy {
		case model.ModelOrderFieldFeeTotal:
			o.col, o.kind = "fee_total", numericCol
		case model.ModelOrderFieldInferenceFee:
			o.col, o.kind = "inference_fee", numericCol
		case model.ModelOrderFieldDistributedTotal:
			o.col, o.kind = "distributed_total", numericCol
		case model.ModelOrderFieldRequestCount:
			o.col = "request_count"
		}
	}
	var rows []schema.Model
	q := r.db.NewSelect().Model(&rows)
	if where != nil {
		dn, err := optID("where.datanetId", where.DatanetID)
		if err != nil {
			return nil, err
		}
		if dn != nil {
			q = q.Where("datanet_id = ?", *dn)
		}
		if where.Owner != nil {
			q = q.Where("owner = ?", *where.Owner)
		}
		if where.Active != nil {
			q = q.Where("active = ?", *where.Active)
		}
	}
	nodes, cursors, info, err := page(ctx, q, &rows, o, first, after, func(m *schema.Model) (string, int64) {
		switch o.col {
		case "fee_total":
			return m.FeeTotal.String(), m.ID
		case "inference_fee":
			return m.InferenceFee.String(), m.ID
		case "distributed_total":
			return m.DistributedTotal.String(), m.ID
		case "request_count":
			return i64(m.RequestCount), m.ID
		}
		return i64(m.ID), m.ID
	})
	if err != nil {
		return nil, r.userOrInternal(ctx, "models", err)
	}
	conn := &model.ModelConnection{Nodes: nodes, PageInfo: info, Edges: make([]*model.ModelEdge, len(nodes))}
	for i, n := range nodes {
		conn.Edges[i] = &model.ModelEdge{Cursor: cursors[i], Node: n}
	}
	return conn, nil
}

func (r *Resolver) epochs(ctx context.Context, modelID int64, first *int, after *string, dir *model.OrderDirection) (*model.ModelEpochConnection, error) {
	o := ordering{name: "epoch", col: "epoch", tie: "epoch", desc: direction(dir, true)}
	var rows []schema.ModelEpoch
	q := r.db.NewSelect().Model(&rows).Where("model_id = ?", modelID)
	nodes, cursors, info, err := page(ctx, q, &rows, o, first, after, func(e *schema.ModelEpoch) (string, int64) {
		return i64(e.Epoch), e.Epoch
	})
	if err != nil {
		return nil, r.userOrInternal(ctx, "epochs", err)
	}
	conn := &model.ModelEpochConnection{Nodes: nodes, PageInfo: info, Edges: make([]*model.ModelEpochEdge, len(nodes))}
	for i, n := range nodes {
		conn.Edges[i] = &model.ModelEpochEdge{Cursor: cursors[i], Node: n}
	}
	return conn, nil
}

func (r *Resolver) requests(ctx context.Context, first *int, after *string, where *model.InferenceRequestFilter,
	orderBy *model.InferenceRequestOrderField, dir *model.OrderDirection, fixedModel *int64) (*model.InferenceRequestConnection, error) {
	o := ordering{name: "id", col: "id", tie: "id", desc: direction(dir, false)}
	if orderBy != nil && *orderBy == model.InferenceRequestOrderFieldFee {
		o.name, o.col, o.kind = "fee", "fee", numericCol
	}
	var rows []schema.InferenceRequest
	q := r.db.NewSelect().Model(&rows)
	if fixedModel != nil {
		q = q.Where("model_id = ?", *fixedModel)
	}
	if where != nil {
		m, err := optID("where.modelId", where.ModelID)
		if err != nil {
			return nil, err
		}
		if m != nil {
			q = q.Where("model_id = ?", *m)
		}
		if where.Requester != nil {
			q = q.Where("requester = ?", *where.Requester)
		}
		if where.Status != nil {
			q = q.Where("status = ?", strings.ToLower(where.Status.String()))
		}
		if where.Epoch != nil {
			q = q.Where("epoch = ?", *where.Epoch)
		}
	}
	nodes, cursors, info, err := page(ctx, q, &rows, o, first, after, func(x *schema.InferenceRequest) (string, int64) {
		if o.col == "fee" {
			return x.Fee.String(), x.ID
		}
		return i64(x.ID), x.ID
	})
	if err != nil {
		return nil, r.userOrInternal(ctx, "inference requests", err)
	}
	conn := &model.InferenceRequestConnection{Nodes: nodes, PageInfo: info, Edges: make([]*model.InferenceRequestEdge, len(nodes))}
	for i, n := range nodes {
		conn.Edges[i] = &model.InferenceRequestEdge{Cursor: cursors[i], Node: n}
	}
	return conn, nil
}

func (r *Resolver) settlements(ctx context.Context, first *int, after *string, where *model.SettlementFilter,
	dir *model.OrderDirection, fixedModel *int64) (*model.SettlementConnection, error) {
	o := ordering{name: "block", col: "block_number", tie: "log_index", desc: direction(dir, true)}
	var rows []schema.Settlement
	q := r.db.NewSelect().Model(&rows)
	if fixedModel != nil {
		q = q.Where("model_id = ?", *fixedModel)
	}
	if where != nil {
		m, err := optID("where.modelId", where.ModelID)
		if err != nil {
			return nil, err
		}
		if m != nil {
			q = q.Where("model_id = ?", *m)
		}
		if where.Epoch != nil {
			q = q.Where("epoch = ?", *where.Epoch)
		}
	}
	nodes, cursors, info, err := page(ctx, q, &rows, o, first, after, func(s *schema.Settlement) (string, int64) {
		return i64(s.BlockNumber), s.LogIndex
	})
	if err != nil {
		return nil, r.userOrInternal(ctx, "settlements", err)
	}
	conn := &model.SettlementConnection{Nodes: nodes, PageInfo: info, Edges: make([]*model.SettlementEdge, len(nodes))}
	for i, n := range nodes {
		conn.Edges[i] = &model.SettlementEdge{Cursor: cursors[i], Node: n}
	}
	return conn, nil
}

func (r *Resolver) claims(ctx context.Context, first *int, after *string, where *model.ClaimFilter,
	dir *model.OrderDirection, fixedAccount *string) (*model.ClaimConnection, error) {
	o := ordering{name: "block", col: "block_number", tie: "log_index", desc: direction(dir, true)}
	var rows []schema.Claim
	q := r.db.NewSelect().Model(&rows)
	if fixedAccount != nil {
		q = q.Where("account = ?", *fixedAccount)
	}
	if where != nil {
		m, err := optID("where.modelId", where.ModelID)
		if err != nil {
			return nil, err
		}
		if m != nil {
			q = q.Where("model_id = ?", *m)
		}
		if where.Account != nil {
			q = q.Where("account = ?", *where.Account)
		}
		if where.Recipient != nil {
			q = q.Where("recipient = ?", *where.Recipient)
		}
	}
	nodes, cursors, info, err := page(ctx, q, &rows, o, first, after, func(c *schema.Claim) (string, int64) {
		return i64(c.BlockNumber), c.LogIndex
	})
	if err != nil {
		return nil, r.userOrInternal(ctx, "claims", err)
	}
	conn := &model.ClaimConnection{Nodes: nodes, PageInfo: info, Edges: make([]*model.ClaimEdge, len(nodes))}
	for i, n := range nodes {
		conn.Edges[i] = &model.ClaimEdge{Cursor: cursors[i], Node: n}
	}
	return conn, nil
}

// userOrInternal passes argument errors through and hides database errors.
func (r *Resolver) userOrInternal(ctx context.Context, what string, err error) error {
	if isUserError(err) {
		return err
	}
	return r.internal(ctx, what, err)
}

func isUserError(err error) bool {
	var a *argError
	return errors.As(err, &a)
}
