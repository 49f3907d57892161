package graph

import (
	"context"
	"fmt"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/open-attribution/poa/graph/generated"
	"github.com/open-attribution/poa/graph/model"
)

// depthLimit rejects operations nested deeper than max fields (introspection fields excepted: the
// playground's schema query is legitimately deep), before anything is resolved.
type depthLimit struct{ max int }

var (
	_ graphql.HandlerExtension        = depthLimit{}
	_ graphql.OperationContextMutator = depthLimit{}
)

func (depthLimit) ExtensionName() string                   { return "DepthLimit" }
func (depthLimit) Validate(graphql.ExecutableSchema) error { return nil }

func (d depthLimit) MutateOperationContext(_ context.Context, rc *graphql.OperationContext) *gqlerror.Error {
	if rc.Operation == nil {
		return nil
	}
	if depth := selectionDepth(rc.Operation.SelectionSet, map[string]bool{}); depth > d.max {
		return &gqlerror.Error{Message: fmt.Sprintf("operation is nested %d levels deep; the limit is %d", depth, d.max),
			Extensions: map[string]any{"code": "DEPTH_LIMIT_EXCEEDED"}}
	}
	return nil
}

func selectionDepth(set ast.SelectionSet, visiting map[string]bool) int {
	deepest := 0
	for _, sel := range set {
		var d int
		switch s := sel.(type) {
		case *ast.Field:
			if strings.HasPrefix(s.Name, "__") {
				continue
			}
			d = 1 + selectionDepth(s.SelectionSet, visiting)
		case *ast.InlineFragment:
			d = selectionDepth(s.SelectionSet, visiting)
		case *ast.FragmentSpread:
			if s.Definition == nil || visiting[s.Name] {
				continue // validation already rejected cycles and unknown fragments
			}
			visiting[s.Name] = true
			d = selectionDepth(s.Definition.SelectionSet, visiting)
			delete(visiting, s.Name)
		}
		deepest = max(deepest, d)
	}
	return deepest
}

// pageCost charges a list field for every row it may return, so a nested connection multiplies:
// first 100 datanets × first 100 contributions each costs 10,000 units, not 2.
func pageCost(child int, first *int) int {
	n := DefaultPageSize
	if first != nil && *first > 0 {
		n = *first
	}
	return 1 + n*max(child, 1)
}

// complexity sets the cost of every paginated field.
func complexity() generated.ComplexityRoot {
	var c generated.ComplexityRoot
	simple := func(child int, first *int, _ *string) int { return pageCost(child, first) }
	c.Contributor.Contributions = simple
	c.ContributorTotals.Standings = simple
	c.Datanet.Leaderboard = simple
	c.Datanet.Models = simple
	c.Wallet.Claims = simple
	c.Datanet.Contributions = func(child int, first *int, _ *string, _ *model.ContributionFilter, _ *model.ContributionOrderField, _ *model.OrderDirection) int {
		return pageCost(child, first)
	}
	c.Model.Epochs = func(child int, first *int, _ *string, _ *model.OrderDirection) int { return pageCost(child, first) }
	c.Model.Requests = func(child int, first *int, _ *string, _ *model.InferenceRequestFilter, _ *model.InferenceRequestOrderField, _ *model.OrderDirection) int {
		return pageCost(child, first)
	}
	c.Model.Settlements = func(child int, first *int, _ *string, _ *model.OrderDirection) int { return pageCost(child, first) }
	c.Query.Datanets = func(child int, first *int, _ *string, _ *model.DatanetFilter, _ *model.DatanetOrderField, _ *model.OrderDirection) int {
		return pageCost(child, first)
	}
	c.Query.Contributions = func(child int, first *int, _ *string, _ *model.ContributionFilter, _ *model.ContributionOrderField, _ *model.OrderDirection) int {
		return pageCost(child, first)
	}
	c.Query.Leaderboard = func(child int, _ string, first *int, _ *string) int { return pageCost(child, first) }
	c.Query.Models = func(child int, first *int, _ *string, _ *model.ModelFilter, _ *model.ModelOrderField, _ *model.OrderDirection) int {
		return pageCost(child, first)
	}
	c.Query.InferenceRequests = func(child int, first *int, _ *string, _ *model.InferenceRequestFilter, _ *model.InferenceRequestOrderField, _ *model.OrderDirection) int {
		return pageCost(child, first)
	}
	c.Query.Settlements = func(child int, first *int, _ *string, _ *model.SettlementFilter, _ *model.OrderDirection) int {
		return pageCost(child, first)
	}
	c.Query.Claims = func(child int, first *int, _ *string, _ *model.ClaimFilter, _ *model.OrderDirection) int {
		return pageCost(child, first)
	}
	byDir := func(child int, first *int, _ *string, _ *model.OrderDirection) int { return pageCost(child, first) }
	c.Proposal.Votes = byDir
	c.ValidatorStake.History = byDir
	c.Query.Proposals = func(child int, first *int, _ *string, _ *model.ProposalFilter, _ *model.OrderDirection) int {
		return pageCost(child, first)
	}
	c.Query.ProposalVotes = func(child int, first *int, _ *string, _ *model.ProposalVoteFilter, _ *model.OrderDirection) int {
		return pageCost(child, first)
	}
	c.Query.ValidatorStakes = func(child int, _ *string, _ *model.ValidatorStakeFilter, first *int, _ *string) int {
		return pageCost(child, first)
	}
	c.Query.Disputes = func(child int, first *int, _ *string, _ *model.DisputeFilter, _ *model.OrderDirection) int {
		return pageCost(child, first)
	}
	c.Query.Feedback = func(child int, _ *string, _ *model.FeedbackFilter, first *int, _ *string, _ *model.OrderDirection) int {
		return pageCost(child, first)
	}
	return c
}
