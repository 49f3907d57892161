// Package model holds the GraphQL API's own types: the ones gqlgen generates (connections, inputs,
// enums) and the few that wrap database rows.
package model

import (
	"strconv"

	"github.com/open-attribution/poa/internal/indexer/schema"
)

// Contributor is a leaderboard row with its rank. The rank is known when the row is loaded (a
// leaderboard page numbers its rows; a single row is counted), so that the id, rank and pending
// fields are plain methods: gqlgen runs resolvers in goroutines, which on a 100-row page costs more
// than the query.
type Contributor struct {
	schema.Contributor
	Rank int64
}

// ID is datanetId:address.
func (c *Contributor) ID() string { return strconv.FormatInt(c.DatanetID, 10) + ":" + c.Address }

// Pending is the contributor's uploads not finalized yet.
func (c *Contributor) Pending() int64 { return max(c.Submitted-c.Accepted-c.Rejected, 0) }
