// Package schema is the indexer's database schema: the bun row types and the migrations that create
// their tables. Everything here is derived from the suite's events (plus the oracle's verified batch
// documents); the indexer writes it and the GraphQL API reads it.
//
// Conventions: addresses and hashes are lowercase 0x-hex strings; token amounts and other uint256
// values are store.Numeric; block times are unix seconds. Rows that change after they are created
// ("mutable" tables) are journaled by the indexer inside the unfinalized window so that a reorg can
// restore them exactly; rows that never change ("append-only" tables) carry the block they came from
// and are simply deleted above the fork point.
package schema

import (
	"github.com/uptrace/bun"

	"github.com/open-attribution/poa/internal/store"
)

// Contribution statuses.
const (
	StatusPending  = "pending"
	StatusAccepted = "accepted"
	StatusRejected = "rejected"
)

// Inference request statuses.
const (
	RequestPending = "pending"
	RequestSettled = "settled"
)

// Settlement (batch) statuses: pending while a settlement guard holds the batch for its challenge
// window, finalized once its root is claimable (at once without a guard), voided when the guard
// voided it (its requests are pending again).
const (
	BatchPending   = "pending"
	BatchFinalized = "finalized"
	BatchVoided    = "voided"
)

// Publication statuses of a settlement's batch document.
const (
	PublicationVerified = "verified"
	PublicationRejected = "rejected"
)

// Datanet is a datanet's current state and counters.
type Datanet struct {
	bun.BaseModel `bun:"table:datanets"`

	ID                        int64         `bun:"id,pk"`
	Owner                     string        `bun:"owner"`
	Kind                      int16         `bun:"kind"`
	MetadataURI               string        `bun:"metadata_uri"`
	Bond                      store.Numeric `bun:"bond"`
	ForfeitBondOnReject       bool          `bun:"forfeit_bond_on_reject"`
	Quorum                    int64         `bun:"quorum"`
	ValidatorCount            int64         `bun:"validator_count"`
	ValidatorMode             int16         `bun:"validator_mode"` // IDatanetRegistry.ValidatorMode
	FilesPerContributorPerDay int64         `bun:"files_per_contributor_per_day"`
	BytesPerContributorPerDay int64         `bun:"bytes_per_contributor_per_day"`
	BytesPerDatanetPerDay     int64         `bun:"bytes_per_datanet_per_day"`
	ContributionCount         int64         `bun:"contribution_count"`
	AcceptedCount             int64         `bun:"accepted_count"`
	RejectedCount             int64         `bun:"rejected_count"`
	ContributorCount          int64         `bun:"contributor_count"`
	ModelCount                int64         `bun:"model_count"`
	BytesSubmitted            int64         `bun:"bytes_submitted"`
	Accumulator               string        `bun:"accumulator"`
	ValidatorPool             store.Numeric `bun:"validator_pool"`
	ValidatorRewardsPaid      store.Numeric `bun:"validator_rewards_paid"`
	CreatedBlock              int64         `bun:"created_block"`
	CreatedTime               int64         `bun:"created_time"`
	CreatedTx                 string        `bun:"created_tx"`
	UpdatedBlock              int64         `bun:"updated_block"`
}

// DatanetValidator is one current validator of a datanet.
type DatanetValidator struct {
	bun.BaseModel `bun:"table:datanet_validators"`

	DatanetID  int64  `bun:"datanet_id,pk"`
	Validator  string `bun:"validator,pk"`
	AddedBlock int64  `bun:"added_block"`
}

// Contribution is one uploaded file and its validation.
type Contribution struct {
	bun.BaseModel `bun:"table:contributions"`

	ID             int64          `bun:"id,pk"`
	DatanetID      int64          `bun:"datanet_id"`
	Contributor    string         `bun:"contributor"`
	ContentHash    string         `bun:"content_hash"`
	Size           int64          `bun:"size"`
	URI            string         `bun:"uri"`
	Bond           store.Numeric  `bun:"bond"`
	Status         string         `bun:"status"`
	Accepts        int64          `bun:"accepts"`
	Rejects        int64          `bun:"rejects"`
	AcceptWeight   *store.Numeric `bun:"accept_weight"` // stake-weighted datanets only
	RejectWeight   *store.Numeric `bun:"reject_weight"`
	AcceptedIndex  *int64         `bun:"accepted_index"`
	Accumulator    *string        `bun:"accumulator"`
	BondTo         *string        `bun:"bond_to"`
	BondToTreasury *bool          `bun:"bond_to_treasury"`
	SubmittedBlock int64          `bun:"submitted_block"`
	SubmittedTime  int64          `bun:"submitted_time"`
	SubmittedTx    string         `bun:"submitted_tx"`
	FinalizedBlock *int64         `bun:"finalized_block"`
	FinalizedTime  *int64         `bun:"finalized_time"`
	FinalizedTx    *string        `bun:"finalized_tx"`
	UpdatedBlock   int64          `bun:"updated_block"`
}

// Vote is one validator vote (append-only).
type Vote struct {
	bun.BaseModel `bun:"table:votes"`

	BlockNumber    int64  `bun:"block_number,pk"`
	LogIndex       int64  `bun:"log_index,pk"`
	ContributionID int64  `bun:"contribution_id"`
	Validator      string `bun:"validator"`
	Accept         bool   `bun:"accept"`
	Accepts        int64  `bun:"accepts"`
	Rejects        int64  `bun:"rejects"`
	// Stake weights, in stake-weighted datanets (WeightedVote); nil otherwise.
	Weight       *store.Numeric `bun:"weight"`
	AcceptWeight *store.Numeric `bun:"accept_weight"`
	RejectWeight *store.Numeric `bun:"reject_weight"`
	TotalWeight  *store.Numeric `bun:"total_weight"`
	BlockTime    int64          `bun:"block_time"`
	TxHash       string         `bun:"tx_hash"`
}

// Contributor is one contributor's standing in one datanet: a leaderboard row. RankKey orders the
// leaderboard ascending (score desc, accepted desc, address asc) in one indexed column, so that a
// rank is an index range count and a page is an index range scan.
type Contributor struct {
	bun.BaseModel `bun:"table:contributors"`

	DatanetID    int64  `bun:"datanet_id,pk"`
	Address      string `bun:"address,pk"`
	Submitted    int64  `bun:"submitted"`
	Accepted     int64  `bun:"accepted"`
	Rejected     int64  `bun:"rejected"`
	Score        int64  `bun:"score"`
	RankKey      string `bun:"rank_key"`
	Penalized    bool   `bun:"penalized"`
	FirstBlock   int64  `bun:"first_block"`
	UpdatedBlock int64  `bun:"updated_block"`
	UpdatedTime  int64  `bun:"updated_time"`
}

// Account is everything the indexer totals per address: contributions over all datanets, claims,
// and the vault balance credited to it (model owners, validators, treasury).
type Account struct {
	bun.BaseModel `bun:"table:accounts"`

	Address      string        `bun:"address,pk"`
	Submitted    int64         `bun:"submitted"`
	Accepted     int64         `bun:"accepted"`
	Rejected     int64         `bun:"rejected"`
	Datanets     int64         `bun:"datanets"`
	Claimed      store.Numeric `bun:"claimed"`
	ClaimCount   int64         `bun:"claim_count"`
	Credited     store.Numeric `bun:"credited"`
	Withdrawn    store.Numeric `bun:"withdrawn"`
	Withheld     store.Numeric `bun:"withheld"` // claims withheld for a penalty
	UpdatedBlock int64         `bun:"updated_block"`
}

// Oracle is an address the model registry allows (or allowed) to register models and settle.
type Oracle struct {
	bun.BaseModel `bun:"table:oracles"`

	Address      string `bun:"address,pk"`
	Allowed      bool   `bun:"allowed"`
	UpdatedBlock int64  `bun:"updated_block"`
}

// Model is a registered model and its fee and payout totals.
type Model struct {
	bun.BaseModel `bun:"table:models"`

	ID                  int64         `bun:"id,pk"`
	DatanetID           int64         `bun:"datanet_id"`
	Owner               string        `bun:"owner"`
	Oracle              string        `bun:"oracle"`
	ContributionCount   int64         `bun:"contribution_count"`
	Accumulator         string        `bun:"accumulator"`
	BaseModelID         string        `bun:"base_model_id"`
	AdapterHash         string        `bun:"adapter_hash"`
	TrainingConfigHash  string        `bun:"training_config_hash"`
	GradientCommitment  string        `bun:"gradient_commitment"`
	InferenceFee        store.Numeric `bun:"inference_fee"`
	MetadataURI         string        `bun:"metadata_uri"`
	Active              bool          `bun:"active"`
	RequestCount        int64         `bun:"request_count"`
	FeeTotal            store.Numeric `bun:"fee_total"`
	SettledRequestCount int64         `bun:"settled_request_count"`
	SettledFeeTotal     store.Numeric `bun:"settled_fee_total"`
	DistributedTotal    store.Numeric `bun:"distributed_total"`
	ClaimedTotal        store.Numeric `bun:"claimed_total"`
	OwnerShareTotal     store.Numeric `bun:"owner_share_total"`
	ValidatorShareTotal store.Numeric `bun:"validator_share_total"`
	TreasuryShareTotal  store.Numeric `bun:"treasury_share_total"`
	WithheldTotal       store.Numeric `bun:"withheld_total"`
	BatchCount          int64         `bun:"batch_count"`
	PayoutRoot          string        `bun:"payout_root"` // after the last settled batch
	// ClaimableRoot is the root claims verify against: the last finalized batch's.
	ClaimableRoot  string `bun:"claimable_root"`
	ClaimableBatch *int64 `bun:"claimable_batch"`
	CreatedBlock   int64  `bun:"created_block"`
	CreatedTime    int64  `bun:"created_time"`
	CreatedTx      string `bun:"created_tx"`
	UpdatedBlock   int64  `bun:"updated_block"`
}

// ModelEpoch is a model's fees and payouts in one reward epoch.
type ModelEpoch struct {
	bun.BaseModel `bun:"table:model_epochs"`

	ModelID             int64         `bun:"model_id,pk"`
	Epoch               int64         `bun:"epoch,pk"`
	RequestCount        int64         `bun:"request_count"`
	FeeTotal            store.Numeric `bun:"fee_total"`
	SettledRequestCount int64         `bun:"settled_request_count"`
	SettledFeeTotal     store.Numeric `bun:"settled_fee_total"`
	Distributed         store.Numeric `bun:"distributed"`
	ContributorShare    store.Numeric `bun:"contributor_share"`
	OwnerShare          store.Numeric `bun:"owner_share"`
	ValidatorShare      store.Numeric `bun:"validator_share"`
	TreasuryShare       store.Numeric `bun:"treasury_share"`
	BatchCount          int64         `bun:"batch_count"`
	UpdatedBlock        int64         `bun:"updated_block"`
}

// InferenceRequest is one paid inference.
type InferenceRequest struct {
	bun.BaseModel `bun:"table:inference_requests"`

	ID             int64         `bun:"id,pk"`
	ModelID        int64         `bun:"model_id"`
	Requester      string        `bun:"requester"`
	InputHash      string        `bun:"input_hash"`
	Fee            store.Numeric `bun:"fee"`
	Epoch          int64         `bun:"epoch"`
	Status         string        `bun:"status"`
	BatchID        *int64        `bun:"batch_id"`
	RequestedBlock int64         `bun:"requested_block"`
	RequestedTime  int64         `bun:"requested_time"`
	RequestedTx    string        `bun:"requested_tx"`
	SettledBlock   *int64        `bun:"settled_block"`
	UpdatedBlock   int64         `bun:"updated_block"`
}

// Settlement is one settled batch: the Settled and SettlementSplit events of one transaction, and
// the proof taken from that transaction's calldata.
type Settlement struct {
	bun.BaseModel `bun:"table:settlements"`

	ModelID             int64         `bun:"model_id,pk"`
	BatchID             int64         `bun:"batch_id,pk"`
	Epoch               int64         `bun:"epoch"`
	Oracle              string        `bun:"oracle"`
	RequestIDs          string        `bun:"request_ids"` // JSON array of numbers
	RequestCount        int64         `bun:"request_count"`
	InferenceCommitment string        `bun:"inference_commitment"`
	PreviousPayoutRoot  string        `bun:"previous_payout_root"`
	NewPayoutRoot       string        `bun:"new_payout_root"`
	FeeTotal            store.Numeric `bun:"fee_total"`
	Distributed         store.Numeric `bun:"distributed"`
	ContributorShare    store.Numeric `bun:"contributor_share"`
	Owner               string        `bun:"owner"`
	OwnerShare          store.Numeric `bun:"owner_share"`
	DatanetID           int64         `bun:"datanet_id"`
	ValidatorShare      store.Numeric `bun:"validator_share"`
	TreasuryShare       store.Numeric `bun:"treasury_share"`
	Proof               *string       `bun:"proof"` // hex; nil when the calldata was not a direct settle call
	Status              string        `bun:"status"`
	StatusBlock         int64         `bun:"status_block"`
	BlockNumber         int64         `bun:"block_number"`
	BlockTime           int64         `bun:"block_time"`
	TxHash              string        `bun:"tx_hash"`
	LogIndex            int64         `bun:"log_index"`
}

// FeeSplit is one FeeSplitUpdated event of the vault (append-only): the split in force from that log
// on. The vault emits one when it is deployed and one per governance change; a settlement's
// per-request contributor shares (in its public inputs) use the latest one before its Settled log.
type FeeSplit struct {
	bun.BaseModel `bun:"table:fee_splits"`

	BlockNumber     int64  `bun:"block_number,pk"`
	LogIndex        int64  `bun:"log_index,pk"`
	ContributorsBps int64  `bun:"contributors_bps"`
	OwnerBps        int64  `bun:"owner_bps"`
	ValidatorsBps   int64  `bun:"validators_bps"`
	TreasuryBps     int64  `bun:"treasury_bps"`
	BlockTime       int64  `bun:"block_time"`
	TxHash          string `bun:"tx_hash"`
}

// LeafClaim is what has been paid out of one payout-tree leaf (the vault's claimedAt).
type LeafClaim struct {
	bun.BaseModel `bun:"table:leaf_claims"`

	ModelID      int64         `bun:"model_id,pk"`
	Idx          int64         `bun:"idx,pk"`
	Claimed      store.Numeric `bun:"claimed"`
	Account      string        `bun:"account"`
	UpdatedBlock int64         `bun:"updated_block"`
}

// Claim is one Claimed event (append-only).
type Claim struct {
	bun.BaseModel `bun:"table:claims"`

	BlockNumber int64         `bun:"block_number,pk"`
	LogIndex    int64         `bun:"log_index,pk"`
	ModelID     int64         `bun:"model_id"`
	Account     string        `bun:"account"`
	Recipient   string        `bun:"recipient"`
	Amount      store.Numeric `bun:"amount"`
	Leaves      string        `bun:"leaves"` // JSON array of the leaf indices the claim paid
	BlockTime   int64         `bun:"block_time"`
	TxHash      string        `bun:"tx_hash"`
}

// Event is every event of the suite, decoded (append-only).
type Event struct {
	bun.BaseModel `bun:"table:events"`

	BlockNumber int64  `bun:"block_number,pk"`
	LogIndex    int64  `bun:"log_index,pk"`
	TxHash      string `bun:"tx_hash"`
	TxIndex     int64  `bun:"tx_index"`
	Contract    string `bun:"contract"`
	Name        string `bun:"name"`
	Args        string `bun:"args"` // JSON object: uint256 as decimal strings, bytes as 0x-hex
	BlockTime   int64  `bun:"block_time"`
}

// PublishedBatch is the outcome of checking a settlement's batch document.
type PublishedBatch struct {
	bun.BaseModel `bun:"table:published_batches"`

	ModelID      int64   `bun:"model_id,pk"`
	BatchID      int64   `bun:"batch_id,pk"`
	SettledBlock int64   `bun:"settled_block"`
	Status       string  `bun:"status"`
	Error        *string `bun:"error"`
	PayoutRoot   string  `bun:"payout_root"`
	TreeDepth    int64   `bun:"tree_depth"` // the published document's tree depth
	LeafCount    int64   `bun:"leaf_count"`
	CheckedAt    int64   `bun:"checked_at"`
}

// PublishedLeaf is one leaf of a verified batch document's payout tree.
type PublishedLeaf struct {
	bun.BaseModel `bun:"table:published_leaves"`

	ModelID      int64         `bun:"model_id,pk"`
	BatchID      int64         `bun:"batch_id,pk"`
	Idx          int64         `bun:"idx,pk"`
	Account      string        `bun:"account"`
	Cumulative   store.Numeric `bun:"cumulative"`
	SettledBlock int64         `bun:"settled_block"`
}

// PublishedAttribution is one request's attribution from a verified batch document.
type PublishedAttribution struct {
	bun.BaseModel `bun:"table:published_attributions"`

	RequestID    int64  `bun:"request_id,pk"`
	ModelID      int64  `bun:"model_id"`
	BatchID      int64  `bun:"batch_id"`
	Prediction   string `bun:"prediction"`
	Scores       string `bun:"scores"`     // JSON [{"index":n,"value":"decimal"}]
	FeeShares    string `bun:"fee_shares"` // JSON [{"index":n,"amount":"wei"}]
	SettledBlock int64  `bun:"settled_block"`
}

// State is the indexer's checkpoint: what it follows and the last block it committed.
type State struct {
	bun.BaseModel `bun:"table:indexer_state"`

	ID             int64  `bun:"id,pk"`
	ChainID        int64  `bun:"chain_id"`
	Addresses      string `bun:"addresses"` // JSON of the followed contracts
	StartBlock     int64  `bun:"start_block"`
	LastBlock      int64  `bun:"last_block"`
	LastHash       string `bun:"last_hash"`
	LastTime       int64  `bun:"last_time"`
	FinalizedBlock int64  `bun:"finalized_block"`
	Version        int64  `bun:"version"` // bumped by every commit; the API caches by it
	ReorgCount     int64  `bun:"reorg_count"`
	LastReorgBlock int64  `bun:"last_reorg_block"`
	LastReorgDepth int64  `bun:"last_reorg_depth"`
}

// Block is a block of the unfinalized window (and the last finalized one), for reorg detection.
type Block struct {
	bun.BaseModel `bun:"table:indexer_blocks"`

	Number     int64  `bun:"number,pk"`
	Hash       string `bun:"hash"`
	ParentHash string `bun:"parent_hash"`
	Time       int64  `bun:"time"`
}

// JournalEntry is a mutable row as it was before the first change made to it in a block of the
// unfinalized window (Row nil: the row did not exist).
type JournalEntry struct {
	bun.BaseModel `bun:"table:indexer_journal"`

	BlockNumber int64   `bun:"block_number,pk"`
	TableName   string  `bun:"table_name,pk"`
	RowKey      string  `bun:"row_key,pk"`
	Row         *string `bun:"row"`
}
