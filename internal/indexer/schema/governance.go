package schema

import (
	"github.com/uptrace/bun"

	"github.com/open-attribution/poa/internal/store"
)

// The governance side of the suite: OpenGovernor proposals and their votes, validator stakes
// (ValidatorStaking), the settlement guard's batches and disputes, validator feedback
// (FeedbackRegistry) and the governable parameters of every followed contract. A deployment without
// governance leaves these tables empty.

// Proposal lifecycle as the governor's events tell it. Whether a created proposal is pending,
// active, defeated or succeeded depends on the clock and the quorum at its snapshot: the API
// derives pending/active/closed from voteStart/voteEnd, the governor's state() has the rest.
const (
	ProposalCreated  = "created"
	ProposalQueued   = "queued"
	ProposalExecuted = "executed"
	ProposalCanceled = "canceled"
)

// Guard batch statuses (ISettlementGuard.BatchStatus; "finalized" comes from the vault's
// BatchFinalized, which is what the guard's finalize triggers).
const (
	GuardPending   = "pending"
	GuardDisputed  = "disputed"
	GuardFinalized = "finalized"
	GuardVoided    = "voided"
	GuardReleased  = "released"
)

// Dispute statuses (ISettlementGuard.DisputeStatus).
const (
	DisputeOpen     = "open"
	DisputeUpheld   = "upheld"
	DisputeRejected = "rejected"
)

// Stake history kinds.
const (
	StakeStaked    = "staked"
	StakeUnbonding = "unbonding"
	StakeWithdrawn = "withdrawn"
	StakeSlashed   = "slashed"
)

// Proposal is one governor proposal with its running tallies (mutable). Seq is the position of its
// ProposalCreated log (block << 24 | log index): proposal ids are uint256 hashes, and keyset pages
// need an integer tie-break.
type Proposal struct {
	bun.BaseModel `bun:"table:proposals"`

	ID            store.Numeric `bun:"id,pk"`
	Seq           int64         `bun:"seq"`
	Proposer      string        `bun:"proposer"`
	Targets       string        `bun:"targets"`     // JSON array of addresses
	Values        string        `bun:"call_values"` // JSON array of decimal strings
	Signatures    string        `bun:"signatures"`  // JSON array of strings
	Calldatas     string        `bun:"calldatas"`   // JSON array of 0x-hex
	Description   string        `bun:"description"`
	VoteStart     int64         `bun:"vote_start"` // the governor's clock: unix seconds
	VoteEnd       int64         `bun:"vote_end"`
	Status        string        `bun:"status"`
	Eta           *int64        `bun:"eta"`
	ForVotes      store.Numeric `bun:"for_votes"`
	AgainstVotes  store.Numeric `bun:"against_votes"`
	AbstainVotes  store.Numeric `bun:"abstain_votes"`
	VoteCount     int64         `bun:"vote_count"`
	CreatedBlock  int64         `bun:"created_block"`
	CreatedTime   int64         `bun:"created_time"`
	CreatedTx     string        `bun:"created_tx"`
	QueuedBlock   *int64        `bun:"queued_block"`
	ExecutedBlock *int64        `bun:"executed_block"`
	ExecutedTx    *string       `bun:"executed_tx"`
	CanceledBlock *int64        `bun:"canceled_block"`
	UpdatedBlock  int64         `bun:"updated_block"`
}

// ProposalVote is one VoteCast (or VoteCastWithParams) of the governor (append-only).
type ProposalVote struct {
	bun.BaseModel `bun:"table:proposal_votes"`

	BlockNumber int64         `bun:"block_number,pk"`
	LogIndex    int64         `bun:"log_index,pk"`
	ProposalID  store.Numeric `bun:"proposal_id"`
	Voter       string        `bun:"voter"`
	Support     int16         `bun:"support"` // 0 against, 1 for, 2 abstain
	Weight      store.Numeric `bun:"weight"`
	Reason      string        `bun:"reason"`
	Params      *string       `bun:"params"` // 0x-hex, VoteCastWithParams only
	BlockTime   int64         `bun:"block_time"`
	TxHash      string        `bun:"tx_hash"`
}

// ValidatorStake is one validator's position in one datanet (mutable): what ValidatorStaking's
// position(datanetId, validator) returns, plus running totals. Seq is the position of the first
// event that created the row, the keyset tie-break.
type ValidatorStake struct {
	bun.BaseModel `bun:"table:validator_stakes"`

	DatanetID      int64         `bun:"datanet_id,pk"`
	Validator      string        `bun:"validator,pk"`
	Seq            int64         `bun:"seq"`
	Active         store.Numeric `bun:"active"`
	Unbonding      store.Numeric `bun:"unbonding"`
	UnbondingEnd   *int64        `bun:"unbonding_end"` // unix seconds; nil: never unbonded (or unknown)
	StakedTotal    store.Numeric `bun:"staked_total"`
	WithdrawnTotal store.Numeric `bun:"withdrawn_total"`
	SlashedTotal   store.Numeric `bun:"slashed_total"`
	Member         bool          `bun:"member"` // active stake non-zero: in the datanet's validator set
	FirstBlock     int64         `bun:"first_block"`
	UpdatedBlock   int64         `bun:"updated_block"`
	UpdatedTime    int64         `bun:"updated_time"`
}

// StakeEvent is one entry of a position's history (append-only): a stake, an unbonding request, a
// withdrawal or a slash.
type StakeEvent struct {
	bun.BaseModel `bun:"table:stake_events"`

	BlockNumber  int64         `bun:"block_number,pk"`
	LogIndex     int64         `bun:"log_index,pk"`
	DatanetID    int64         `bun:"datanet_id"`
	Validator    string        `bun:"validator"`
	Kind         string        `bun:"kind"`
	Amount       store.Numeric `bun:"amount"`
	ActiveAfter  store.Numeric `bun:"active_after"`
	UnbondingEnd *int64        `bun:"unbonding_end"` // unbonding requests (and slashes that removed)
	Recipient    *string       `bun:"recipient"`     // withdrawals: to; slashes: the treasury
	Evidence     *string       `bun:"evidence"`      // slashes
	Removed      *bool         `bun:"removed"`       // slashes: the validator left the set
	BlockTime    int64         `bun:"block_time"`
	TxHash       string        `bun:"tx_hash"`
}

// GuardBatch is a batch the settlement guard holds or held (mutable), keyed like settlements.
type GuardBatch struct {
	bun.BaseModel `bun:"table:guard_batches"`

	ModelID        int64   `bun:"model_id,pk"`
	BatchID        int64   `bun:"batch_id,pk"`
	FinalizesAt    int64   `bun:"finalizes_at"` // end of the challenge window, unix seconds
	Status         string  `bun:"status"`
	DisputeCount   int64   `bun:"dispute_count"`
	VoidedBy       *string `bun:"voided_by"`
	QueuedBlock    int64   `bun:"queued_block"`
	QueuedTime     int64   `bun:"queued_time"`
	QueuedTx       string  `bun:"queued_tx"`
	FinalizedBlock *int64  `bun:"finalized_block"`
	VoidedBlock    *int64  `bun:"voided_block"`
	ReleasedBlock  *int64  `bun:"released_block"`
	UpdatedBlock   int64   `bun:"updated_block"`
}

// Dispute is a challenge of a guarded batch (mutable until resolved).
type Dispute struct {
	bun.BaseModel `bun:"table:disputes"`

	ID            int64          `bun:"id,pk"`
	ModelID       int64          `bun:"model_id"`
	BatchID       int64          `bun:"batch_id"`
	Challenger    string         `bun:"challenger"`
	Bond          store.Numeric  `bun:"bond"`
	EvidenceURI   string         `bun:"evidence_uri"`
	Status        string         `bun:"status"`
	ToChallenger  *store.Numeric `bun:"to_challenger"`
	ToTreasury    *store.Numeric `bun:"to_treasury"`
	OpenedBlock   int64          `bun:"opened_block"`
	OpenedTime    int64          `bun:"opened_time"`
	OpenedTx      string         `bun:"opened_tx"`
	ResolvedBlock *int64         `bun:"resolved_block"`
	ResolvedTime  *int64         `bun:"resolved_time"`
	ResolvedTx    *string        `bun:"resolved_tx"`
	UpdatedBlock  int64          `bun:"updated_block"`
}

// Feedback is one FeedbackSubmitted of the feedback registry (append-only).
type Feedback struct {
	bun.BaseModel `bun:"table:feedback"`

	BlockNumber      int64         `bun:"block_number,pk"`
	LogIndex         int64         `bun:"log_index,pk"`
	RequestID        int64         `bun:"request_id"`
	ModelID          int64         `bun:"model_id"`
	Validator        string        `bun:"validator"`
	DatanetID        int64         `bun:"datanet_id"`
	Correctness      int16         `bun:"correctness"`
	Interpretability int16         `bun:"interpretability"`
	Weight           store.Numeric `bun:"weight"`
	OutputHash       string        `bun:"output_hash"`
	EndorsedOutput   string        `bun:"endorsed_output"`
	BlockTime        int64         `bun:"block_time"`
	TxHash           string        `bun:"tx_hash"`
}

// Parameter is the current value of one governable parameter of a followed contract (mutable): the
// last event that set it, its decoded arguments as JSON.
type Parameter struct {
	bun.BaseModel `bun:"table:parameters"`

	Contract     string `bun:"contract,pk"`
	Name         string `bun:"name,pk"` // the event's name, e.g. UnbondingDelayUpdated
	Value        string `bun:"value"`   // the event's arguments as JSON
	UpdatedBlock int64  `bun:"updated_block"`
	UpdatedTime  int64  `bun:"updated_time"`
	UpdatedTx    string `bun:"updated_tx"`
}

// governanceDDL creates the governance tables. Every table's first three columns order its dump
// (indexertest.Dump) deterministically.
const governanceDDL = `
CREATE TABLE proposals (
	id {{numeric}} PRIMARY KEY,
	seq BIGINT NOT NULL,
	proposer {{text}} NOT NULL,
	targets TEXT NOT NULL,
	call_values TEXT NOT NULL,
	signatures TEXT NOT NULL,
	calldatas TEXT NOT NULL,
	description TEXT NOT NULL,
	vote_start BIGINT NOT NULL,
	vote_end BIGINT NOT NULL,
	status {{text}} NOT NULL,
	eta BIGINT,
	for_votes {{numeric}} NOT NULL,
	against_votes {{numeric}} NOT NULL,
	abstain_votes {{numeric}} NOT NULL,
	vote_count BIGINT NOT NULL,
	created_block BIGINT NOT NULL,
	created_time BIGINT NOT NULL,
	created_tx {{text}} NOT NULL,
	queued_block BIGINT,
	executed_block BIGINT,
	executed_tx {{text}},
	canceled_block BIGINT,
	updated_block BIGINT NOT NULL
);
CREATE UNIQUE INDEX proposals_seq ON proposals (seq);
CREATE INDEX proposals_proposer ON proposals (proposer, seq);
CREATE INDEX proposals_status ON proposals (status, seq);

CREATE TABLE proposal_votes (
	block_number BIGINT NOT NULL,
	log_index BIGINT NOT NULL,
	proposal_id {{numeric}} NOT NULL,
	voter {{text}} NOT NULL,
	support SMALLINT NOT NULL,
	weight {{numeric}} NOT NULL,
	reason TEXT NOT NULL,
	params TEXT,
	block_time BIGINT NOT NULL,
	tx_hash {{text}} NOT NULL,
	PRIMARY KEY (block_number, log_index)
);
CREATE INDEX proposal_votes_proposal ON proposal_votes (proposal_id, block_number, log_index);
CREATE INDEX proposal_votes_voter ON proposal_votes (voter, block_number, log_index);

CREATE TABLE validator_stakes (
	datanet_id BIGINT NOT NULL,
	validator {{text}} NOT NULL,
	seq BIGINT NOT NULL,
	active {{numeric}} NOT NULL,
	unbonding {{numeric}} NOT NULL,
	unbonding_end BIGINT,
	staked_total {{numeric}} NOT NULL,
	withdrawn_total {{numeric}} NOT NULL,
	slashed_total {{numeric}} NOT NULL,
	member BOOLEAN NOT NULL,
	first_block BIGINT NOT NULL,
	updated_block BIGINT NOT NULL,
	updated_time BIGINT NOT NULL,
	PRIMARY KEY (datanet_id, validator)
);
CREATE UNIQUE INDEX validator_stakes_seq ON validator_stakes (seq);
CREATE INDEX validator_stakes_validator ON validator_stakes (validator, seq);

CREATE TABLE stake_events (
	block_number BIGINT NOT NULL,
	log_index BIGINT NOT NULL,
	datanet_id BIGINT NOT NULL,
	validator {{text}} NOT NULL,
	kind {{text}} NOT NULL,
	amount {{numeric}} NOT NULL,
	active_after {{numeric}} NOT NULL,
	unbonding_end BIGINT,
	recipient {{text}},
	evidence {{text}},
	removed BOOLEAN,
	block_time BIGINT NOT NULL,
	tx_hash {{text}} NOT NULL,
	PRIMARY KEY (block_number, log_index)
);
CREATE INDEX stake_events_position ON stake_events (datanet_id, validator, block_number, log_index);

CREATE TABLE guard_batches (
	model_id BIGINT NOT NULL,
	batch_id BIGINT NOT NULL,
	finalizes_at BIGINT NOT NULL,
	status {{text}} NOT NULL,
	dispute_count BIGINT NOT NULL,
	voided_by {{text}},
	queued_block BIGINT NOT NULL,
	queued_time BIGINT NOT NULL,
	queued_tx {{text}} NOT NULL,
	finalized_block BIGINT,
	voided_block BIGINT,
	released_block BIGINT,
	updated_block BIGINT NOT NULL,
	PRIMARY KEY (model_id, batch_id)
);

CREATE TABLE disputes (
	id BIGINT PRIMARY KEY,
	model_id BIGINT NOT NULL,
	batch_id BIGINT NOT NULL,
	challenger {{text}} NOT NULL,
	bond {{numeric}} NOT NULL,
	evidence_uri TEXT NOT NULL,
	status {{text}} NOT NULL,
	to_challenger {{numeric}},
	to_treasury {{numeric}},
	opened_block BIGINT NOT NULL,
	opened_time BIGINT NOT NULL,
	opened_tx {{text}} NOT NULL,
	resolved_block BIGINT,
	resolved_time BIGINT,
	resolved_tx {{text}},
	updated_block BIGINT NOT NULL
);
CREATE INDEX disputes_batch ON disputes (model_id, batch_id, id);
CREATE INDEX disputes_status ON disputes (status, id);
CREATE INDEX disputes_challenger ON disputes (challenger, id);

CREATE TABLE feedback (
	block_number BIGINT NOT NULL,
	log_index BIGINT NOT NULL,
	request_id BIGINT NOT NULL,
	model_id BIGINT NOT NULL,
	validator {{text}} NOT NULL,
	datanet_id BIGINT NOT NULL,
	correctness SMALLINT NOT NULL,
	interpretability SMALLINT NOT NULL,
	weight {{numeric}} NOT NULL,
	output_hash {{text}} NOT NULL,
	endorsed_output {{text}} NOT NULL,
	block_time BIGINT NOT NULL,
	tx_hash {{text}} NOT NULL,
	PRIMARY KEY (block_number, log_index)
);
CREATE INDEX feedback_model ON feedback (model_id, block_number, log_index);
CREATE INDEX feedback_request ON feedback (request_id, block_number, log_index);
CREATE INDEX feedback_validator ON feedback (validator, block_number, log_index);

CREATE TABLE parameters (
	contract {{text}} NOT NULL,
	name {{text}} NOT NULL,
	value TEXT NOT NULL,
	updated_block BIGINT NOT NULL,
	updated_time BIGINT NOT NULL,
	updated_tx {{text}} NOT NULL,
	PRIMARY KEY (contract, name)
);
`
