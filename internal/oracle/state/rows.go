package state

import (
	"github.com/uptrace/bun"

	"github.com/open-attribution/poa/internal/store"
)

// Content is an uploaded contribution the oracle stores (content-addressed on disk).
type Content struct {
	bun.BaseModel `bun:"table:oracle_contents"`

	ContributionID int64  `bun:"contribution_id,pk"`
	DatanetID      int64  `bun:"datanet_id"`
	Contributor    string `bun:"contributor"`
	ContentHash    string `bun:"content_hash"` // 0x-hex sha256
	Size           int64  `bun:"size"`
	Kind           int16  `bun:"kind"`
	StoredAt       int64  `bun:"stored_at"`
}

// Base is a frozen base model file in the model store.
type Base struct {
	bun.BaseModel `bun:"table:oracle_bases"`

	Hash        string `bun:"hash,pk"` // 0x-hex sha256 of the file (the on-chain baseModelId)
	Name        string `bun:"name"`
	Sizes       string `bun:"sizes"` // JSON array
	Quant       string `bun:"quant"`
	Description string `bun:"description"`
	CreatedAt   int64  `bun:"created_at"`
}

// Training job statuses.
const (
	JobQueued      = "queued"
	JobRunning     = "running"
	JobRegistering = "registering"
	JobDone        = "done"
	JobFailed      = "failed"
)

// Job is a training job.
type Job struct {
	bun.BaseModel `bun:"table:oracle_jobs"`

	ID        string `bun:"id,pk"`
	Status    string `bun:"status"`
	Params    string `bun:"params"`   // JSON of the request
	Progress  string `bun:"progress"` // JSON
	Result    string `bun:"result"`   // JSON (evaluation, hashes, commitment)
	Error     string `bun:"error"`
	TxIntent  string `bun:"tx_intent"`
	ModelID   int64  `bun:"model_id"`
	CreatedAt int64  `bun:"created_at"`
	UpdatedAt int64  `bun:"updated_at"`
}

// Model is a registered model the oracle serves.
type Model struct {
	bun.BaseModel `bun:"table:oracle_models"`

	ModelID            int64         `bun:"model_id,pk"`
	DatanetID          int64         `bun:"datanet_id"`
	ContributionCount  int64         `bun:"contribution_count"`
	BaseHash           string        `bun:"base_hash"`
	AdapterHash        string        `bun:"adapter_hash"`
	TrainingConfigHash string        `bun:"training_config_hash"`
	GradientCommitment string        `bun:"gradient_commitment"`
	FeaturesHash       string        `bun:"features_hash"`
	Owner              string        `bun:"owner"`
	InferenceFee       store.Numeric `bun:"inference_fee"`
	JobID              string        `bun:"job_id"`
	Leaves             string        `bun:"leaves"` // JSON: accepted index → contribution id, contributor
	RegisteredBlock    int64         `bun:"registered_block"`
}

// Request statuses.
const (
	RequestRequested = "requested"
	RequestAnswered  = "answered"
	RequestBatched   = "batched"
	RequestSettled   = "settled"
)

// Request is a paid inference request (from InferenceRequested) and the oracle's answer.
type Request struct {
	bun.BaseModel `bun:"table:oracle_requests"`

	RequestID   int64         `bun:"request_id,pk"`
	ModelID     int64         `bun:"model_id"`
	Requester   string        `bun:"requester"`
	InputHash   string        `bun:"input_hash"`
	Fee         store.Numeric `bun:"fee"`
	Epoch       int64         `bun:"epoch"`
	BlockNumber int64         `bun:"block_number"`
	Status      string        `bun:"status"`
	Input       string        `bun:"input"`  // the input as given (its keccak256 is InputHash)
	Answer      string        `bun:"answer"` // JSON of the signed answer
	BatchID     string        `bun:"batch_id"`
	AnsweredAt  int64         `bun:"answered_at"`
	UpdatedAt   int64         `bun:"updated_at"`
}

// Batch statuses.
const (
	BatchCreated   = "created"
	BatchProving   = "proving"
	BatchProved    = "proved"
	BatchSent      = "sent"
	BatchConfirmed = "confirmed"
	BatchPublished = "published"
	BatchFailed    = "failed"
)

// Batch is one settlement of a model's answered requests of one closed epoch.
type Batch struct {
	bun.BaseModel `bun:"table:oracle_batches"`

	ID                  string        `bun:"id,pk"`
	ModelID             int64         `bun:"model_id"`
	Epoch               int64         `bun:"epoch"`
	Seq                 int64         `bun:"seq"`
	Status              string        `bun:"status"`
	RequestIDs          string        `bun:"request_ids"` // JSON array, settlement order
	ChainBatchID        int64         `bun:"chain_batch_id"`
	PreviousRoot        string        `bun:"previous_root"`
	NewRoot             string        `bun:"new_root"`
	Distributed         store.Numeric `bun:"distributed"`
	InferenceCommitment string        `bun:"inference_commitment"`
	Proof               string        `bun:"proof"`        // 0x-hex
	LeavesAfter         string        `bun:"leaves_after"` // JSON: cumulative payout leaves after this batch
	Attributions        string        `bun:"attributions"` // JSON: proven per-request scores and shares
	TxIntent            string        `bun:"tx_intent"`
	SettledBlock        int64         `bun:"settled_block"`
	Error               string        `bun:"error"`
	CreatedAt           int64         `bun:"created_at"`
	UpdatedAt           int64         `bun:"updated_at"`
}

// Transaction intent statuses.
const (
	TxPending  = "pending"
	TxMined    = "mined"
	TxReverted = "reverted"
	TxLost     = "lost" // the nonce was used by a transaction that is not one of the intent's attempts
)

// TxIntent is one logical transaction: a fixed nonce, recipient and calldata, sent as one or more
// attempts with rising fees until one is mined.
type TxIntent struct {
	bun.BaseModel `bun:"table:oracle_tx_intents"`

	ID          string `bun:"id,pk"`
	Purpose     string `bun:"purpose"`
	Ref         string `bun:"ref"`
	Sender      string `bun:"sender"`
	To          string `bun:"to_addr"`
	Data        string `bun:"data"` // 0x-hex calldata
	Gas         int64  `bun:"gas"`
	Nonce       int64  `bun:"nonce"`
	Status      string `bun:"status"`
	MinedHash   string `bun:"mined_hash"`
	BlockNumber int64  `bun:"block_number"`
	CreatedAt   int64  `bun:"created_at"`
	UpdatedAt   int64  `bun:"updated_at"`
}

// TxAttempt is one signed transaction of an intent.
type TxAttempt struct {
	bun.BaseModel `bun:"table:oracle_tx_attempts"`

	Hash     string        `bun:"hash,pk"`
	IntentID string        `bun:"intent_id"`
	Seq      int64         `bun:"seq"`
	Raw      string        `bun:"raw"` // 0x-hex RLP of the signed transaction
	Tip      store.Numeric `bun:"tip"`
	FeeCap   store.Numeric `bun:"fee_cap"`
	SentAt   int64         `bun:"sent_at"`
}

// Cursor is how far a log scanner got.
type Cursor struct {
	bun.BaseModel `bun:"table:oracle_cursors"`

	Name  string `bun:"name,pk"`
	Block int64  `bun:"block"`
}
