package graph

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/uptrace/bun"

	"github.com/open-attribution/poa/graph/model"
	"github.com/open-attribution/poa/internal/indexer/schema"
	"github.com/open-attribution/poa/internal/store"
)

// The governance side: proposals and their votes, validator stakes, the settlement guard's batches
// and disputes, validator feedback and parameters. Lists follow the same keyset pagination as the
// rest: proposals and stakes by the position of the log that created them (seq), event-like rows by
// (block, log index).

func (r *Resolver) requestByID(ctx context.Context, id int64) (*schema.InferenceRequest, error) {
	return one(ctx, r, "inference request", func(x *schema.InferenceRequest) *bun.SelectQuery {
		return r.db.NewSelect().Model(x).Where("id = ?", id)
	})
}

func (r *Resolver) proposalByID(ctx context.Context, id store.Numeric) (*schema.Proposal, error) {
	return one(ctx, r, "proposal", func(p *schema.Proposal) *bun.SelectQuery {
		return r.db.NewSelect().Model(p).Where("id = ?", id)
	})
}

func (r *Resolver) disputeByID(ctx context.Context, id int64) (*schema.Dispute, error) {
	return one(ctx, r, "dispute", func(d *schema.Dispute) *bun.SelectQuery {
		return r.db.NewSelect().Model(d).Where("id = ?", id)
	})
}

func (r *Resolver) guardBatch(ctx context.Context, model, batch int64) (*schema.GuardBatch, error) {
	return one(ctx, r, "guard batch", func(b *schema.GuardBatch) *bun.SelectQuery {
		return r.db.NewSelect().Model(b).Where("model_id = ? AND batch_id = ?", model, batch)
	})
}

// batchDisputes are a batch's disputes in the order they were opened (a handful at most: each one
// freezes the batch until resolved).
func (r *Resolver) batchDisputes(ctx context.Context, model, batch int64) ([]*schema.Dispute, error) {
	var rows []*schema.Dispute
	if err := r.db.NewSelect().Model(&rows).Where("model_id = ? AND batch_id = ?", model, batch).Order("id").Scan(ctx); err != nil {
		return nil, r.internal(ctx, "batch disputes", err)
	}
	return rows, nil
}

// parseProposalID reads a proposal id argument: a decimal uint256.
func parseProposalID(arg, s string) (store.Numeric, error) {
	n, err := store.ParseNumeric(s)
	if err != nil {
		return n, argErrorf("%s: %q is not a proposal id (a decimal uint256)", arg, s)
	}
	return n, nil
}

// jsonList decodes a JSON array column the indexer wrote.
func jsonList[T any](s string) ([]T, error) {
	var out []T
	if err := json.Unmarshal([]byte(s), &out); err != nil {
		return nil, fmt.Errorf("corrupt stored list: %w", err)
	}
	return out, nil
}

func numericList(s string) ([]*store.Numeric, error) {
	strs, err := jsonList[string](s)
	if err != nil {
		return nil, err
	}
	out := make([]*store.Numeric, len(strs))
	for i, v := range strs {
		n, err := store.ParseNumeric(v)
		if err != nil {
			return nil, fmt.Errorf("corrupt stored value %q: %w", v, err)
		}
		out[i] = &n
	}
	return out, nil
}

var supports = []model.VoteSupport{model.VoteSupportAgainst, model.VoteSupportFor, model.VoteSupportAbstain}

func supportEnum(s int16) (model.VoteSupport, error) {
	if s < 0 || int(s) >= len(supports) {
		return "", fmt.Errorf("unknown vote support %d", s)
	}
	return supports[s], nil
}

// byLog is the order of event-like rows: (block, log index).
func byLog(dir *model.OrderDirection) ordering {
	return ordering{name: "block", col: "block_number", tie: "log_index", desc: direction(dir, true)}
}

func (r *Resolver) proposals(ctx context.Context, first *int, after *string, where *model.ProposalFilter,
	dir *model.OrderDirection) (*model.ProposalConnection, error) {
	o := ordering{name: "created", col: "seq", tie: "seq", desc: direction(dir, true)}
	var rows []schema.Proposal
	q := r.db.NewSelect().Model(&rows)
	if where != nil {
		if where.Proposer != nil {
			q = q.Where("proposer = ?", *where.Proposer)
		}
		if where.Status != nil {
			q = q.Where("status = ?", strings.ToLower(where.Status.String()))
		}
	}
	nodes, cursors, info, err := page(ctx, q, &rows, o, first, after, func(p *schema.Proposal) (string, int64) {
		return i64(p.Seq), p.Seq
	})
	if err != nil {
		return nil, r.userOrInternal(ctx, "proposals", err)
	}
	conn := &model.ProposalConnection{Nodes: nodes, PageInfo: info, Edges: make([]*model.ProposalEdge, len(nodes))}
	for i, n := range nodes {
		conn.Edges[i] = &model.ProposalEdge{Cursor: cursors[i], Node: n}
	}
	return conn, nil
}

func (r *Resolver) proposalVotes(ctx context.Context, first *int, after *string, where *model.ProposalVoteFilter,
	dir *model.OrderDirection, fixedProposal *store.Numeric) (*model.ProposalVoteConnection, error) {
	o := byLog(dir)
	var rows []schema.ProposalVote
	q := r.db.NewSelect().Model(&rows)
	if fixedProposal != nil {
		q = q.Where("proposal_id = ?", *fixedProposal)
	}
	if where != nil {
		if where.ProposalID != nil {
			id, err := parseProposalID("where.proposalId", *where.ProposalID)
			if err != nil {
				return nil, err
			}
			q = q.Where("proposal_id = ?", id)
		}
		if where.Voter != nil {
			q = q.Where("voter = ?", *where.Voter)
		}
	}
	nodes, cursors, info, err := page(ctx, q, &rows, o, first, after, func(v *schema.ProposalVote) (string, int64) {
		return i64(v.BlockNumber), v.LogIndex
	})
	if err != nil {
		return nil, r.userOrInternal(ctx, "proposal votes", err)
	}
	conn := &model.ProposalVoteConnection{Nodes: nodes, PageInfo: info, Edges: make([]*model.ProposalVoteEdge, len(nodes))}
	for i, n := range nodes {
		conn.Edges[i] = &model.ProposalVoteEdge{Cursor: cursors[i], Node: n}
	}
	return conn, nil
}

func (r *Resolver) validatorStakes(ctx context.Context, datanetID *string, where *model.ValidatorStakeFilter,
	first *int, after *string) (*model.ValidatorStakeConnection, error) {
	o := ordering{name: "first", col: "seq", tie: "seq"}
	var rows []schema.ValidatorStake
	q := r.db.NewSelect().Model(&rows)
	dn, err := optID("datanetId", datanetID)
	if err != nil {
		return nil, err
	}
	if dn != nil {
		q = q.Where("datanet_id = ?", *dn)
	}
	if where != nil {
		if where.Validator != nil {
			q = q.Where("validator = ?", *where.Validator)
		}
		if where.Member != nil {
			q = q.Where("member = ?", *where.Member)
		}
	}
	nodes, cursors, info, err := page(ctx, q, &rows, o, first, after, func(s *schema.ValidatorStake) (string, int64) {
		return i64(s.Seq), s.Seq
	})
	if err != nil {
		return nil, r.userOrInternal(ctx, "validator stakes", err)
	}
	conn := &model.ValidatorStakeConnection{Nodes: nodes, PageInfo: info, Edges: make([]*model.ValidatorStakeEdge, len(nodes))}
	for i, n := range nodes {
		conn.Edges[i] = &model.ValidatorStakeEdge{Cursor: cursors[i], Node: n}
	}
	return conn, nil
}

func (r *Resolver) stakeHistory(ctx context.Context, s *schema.ValidatorStake, first *int, after *string,
	dir *model.OrderDirection) (*model.StakeEventConnection, error) {
	o := byLog(dir)
	var rows []schema.StakeEvent
	q := r.db.NewSelect().Model(&rows).Where("datanet_id = ? AND validator = ?", s.DatanetID, s.Validator)
	nodes, cursors, info, err := page(ctx, q, &rows, o, first, after, func(e *schema.StakeEvent) (string, int64) {
		return i64(e.BlockNumber), e.LogIndex
	})
	if err != nil {
		return nil, r.userOrInternal(ctx, "stake history", err)
	}
	conn := &model.StakeEventConnection{Nodes: nodes, PageInfo: info, Edges: make([]*model.StakeEventEdge, len(nodes))}
	for i, n := range nodes {
		conn.Edges[i] = &model.StakeEventEdge{Cursor: cursors[i], Node: n}
	}
	return conn, nil
}

func (r *Resolver) disputes(ctx context.Context, first *int, after *string, where *model.DisputeFilter,
	dir *model.OrderDirection) (*model.DisputeConnection, error) {
	o := ordering{name: "id", col: "id", tie: "id", desc: direction(dir, true)}
	var rows []schema.Dispute
	q := r.db.NewSelect().Model(&rows)
	if where != nil {
		m, err := optID("where.modelId", where.ModelID)
		if err != nil {
			return nil, err
		}
		if m != nil {
			q = q.Where("model_id = ?", *m)
		}
		if where.BatchID != nil {
			q = q.Where("batch_id = ?", *where.BatchID)
		}
		if where.Challenger != nil {
			q = q.Where("challenger = ?", *where.Challenger)
		}
		if where.Status != nil {
			q = q.Where("status = ?", strings.ToLower(where.Status.String()))
		}
	}
	nodes, cursors, info, err := page(ctx, q, &rows, o, first, after, func(d *schema.Dispute) (string, int64) {
		return i64(d.ID), d.ID
	})
	if err != nil {
		return nil, r.userOrInternal(ctx, "disputes", err)
	}
	conn := &model.DisputeConnection{Nodes: nodes, PageInfo: info, Edges: make([]*model.DisputeEdge, len(nodes))}
	for i, n := range nodes {
		conn.Edges[i] = &model.DisputeEdge{Cursor: cursors[i], Node: n}
	}
	return conn, nil
}

func (r *Resolver) feedback(ctx context.Context, modelID *string, where *model.FeedbackFilter, first *int, after *string,
	dir *model.OrderDirection) (*model.FeedbackConnection, error) {
	o := byLog(dir)
	var rows []schema.Feedback
	q := r.db.NewSelect().Model(&rows)
	m, err := optID("modelId", modelID)
	if err != nil {
		return nil, err
	}
	if m != nil {
		q = q.Where("model_id = ?", *m)
	}
	if where != nil {
		req, err := optID("where.requestId", where.RequestID)
		if err != nil {
			return nil, err
		}
		if req != nil {
			q = q.Where("request_id = ?", *req)
		}
		if where.Validator != nil {
			q = q.Where("validator = ?", *where.Validator)
		}
	}
	nodes, cursors, info, err := page(ctx, q, &rows, o, first, after, func(f *schema.Feedback) (string, int64) {
		return i64(f.BlockNumber), f.LogIndex
	})
	if err != nil {
		return nil, r.userOrInternal(ctx, "feedback", err)
	}
	conn := &model.FeedbackConnection{Nodes: nodes, PageInfo: info, Edges: make([]*model.FeedbackEdge, len(nodes))}
	for i, n := range nodes {
		conn.Edges[i] = &model.FeedbackEdge{Cursor: cursors[i], Node: n}
	}
	return conn, nil
}

// parameters are few (a couple dozen at most: one row per parameter event of each contract), so
// the list is not paginated.
func (r *Resolver) parameters(ctx context.Context, contract *string) ([]*schema.Parameter, error) {
	var rows []*schema.Parameter
	q := r.db.NewSelect().Model(&rows).Order("contract", "name")
	if contract != nil {
		q = q.Where("contract = ?", *contract)
	}
	if err := q.Scan(ctx); err != nil {
		return nil, r.internal(ctx, "parameters", err)
	}
	return rows, nil
}
