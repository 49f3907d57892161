// Package state is the oracle's database: its tables (prefixed oracle_, so the oracle can share a
// database with the indexer through internal/store), their migrations, and the persistent state
// machines that make the oracle crash-safe:
//
//	request:     requested → answered → batched → settled
//	batch:       created → proving → proved → sent → confirmed → published   (or failed: requests freed)
//	transaction: pending (attempts: same nonce, rising fees) → mined | reverted | lost
//	training job: queued → running → registering → done | failed
//
// Every transition is one database transaction, so after a crash each row is in exactly one state
// and the oracle resumes from there (see docs/oracle.md).
package state

import (
	"context"
	"fmt"
	"time"

	"github.com/uptrace/bun"

	"github.com/open-attribution/poa/internal/store"
)

// MigrationSet names the oracle's migrations in a shared database.
const MigrationSet = "oracle"

// Migrations create and evolve the oracle's tables. Append new steps; never edit an applied one.
var Migrations = []store.Migration{
	store.SQLMigration("0001_init", initDDL),
}

// Tables lists the oracle's data tables.
var Tables = []string{"oracle_contents", "oracle_bases", "oracle_jobs", "oracle_models", "oracle_requests",
	"oracle_batches", "oracle_tx_intents", "oracle_tx_attempts", "oracle_cursors"}

const initDDL = `
CREATE TABLE oracle_contents (
	contribution_id BIGINT PRIMARY KEY,
	datanet_id BIGINT NOT NULL,
	contributor {{text}} NOT NULL,
	content_hash {{text}} NOT NULL,
	size BIGINT NOT NULL,
	kind SMALLINT NOT NULL,
	stored_at BIGINT NOT NULL
);
CREATE INDEX oracle_contents_datanet ON oracle_contents (datanet_id, contribution_id);

CREATE TABLE oracle_bases (
	hash {{text}} PRIMARY KEY,
	name TEXT NOT NULL,
	sizes TEXT NOT NULL,
	quant TEXT NOT NULL,
	description TEXT NOT NULL,
	created_at BIGINT NOT NULL
);

CREATE TABLE oracle_jobs (
	id {{text}} PRIMARY KEY,
	status {{text}} NOT NULL,
	params TEXT NOT NULL,
	progress TEXT NOT NULL,
	result TEXT NOT NULL,
	error TEXT NOT NULL,
	tx_intent {{text}} NOT NULL,
	model_id BIGINT NOT NULL,
	created_at BIGINT NOT NULL,
	updated_at BIGINT NOT NULL
);
CREATE INDEX oracle_jobs_status ON oracle_jobs (status, created_at);

CREATE TABLE oracle_models (
	model_id BIGINT PRIMARY KEY,
	datanet_id BIGINT NOT NULL,
	contribution_count BIGINT NOT NULL,
	base_hash {{text}} NOT NULL,
	adapter_hash {{text}} NOT NULL,
	training_config_hash {{text}} NOT NULL,
	gradient_commitment {{text}} NOT NULL,
	features_hash {{text}} NOT NULL,
	owner {{text}} NOT NULL,
	inference_fee {{numeric}} NOT NULL,
	job_id {{text}} NOT NULL,
	leaves TEXT NOT NULL,
	registered_block BIGINT NOT NULL
);

CREATE TABLE oracle_requests (
	request_id BIGINT PRIMARY KEY,
	model_id BIGINT NOT NULL,
	requester {{text}} NOT NULL,
	input_hash {{text}} NOT NULL,
	fee {{numeric}} NOT NULL,
	epoch BIGINT NOT NULL,
	block_number BIGINT NOT NULL,
	status {{text}} NOT NULL,
	input TEXT NOT NULL,
	answer TEXT NOT NULL,
	batch_id {{text}} NOT NULL,
	answered_at BIGINT NOT NULL,
	updated_at BIGINT NOT NULL
);
CREATE INDEX oracle_requests_status ON oracle_requests (status, model_id, epoch, request_id);

CREATE TABLE oracle_batches (
	id {{text}} PRIMARY KEY,
	model_id BIGINT NOT NULL,
	epoch BIGINT NOT NULL,
	seq BIGINT NOT NULL,
	status {{text}} NOT NULL,
	request_ids TEXT NOT NULL,
	chain_batch_id BIGINT NOT NULL,
	previous_root {{text}} NOT NULL,
	new_root {{text}} NOT NULL,
	distributed {{numeric}} NOT NULL,
	inference_commitment {{text}} NOT NULL,
	proof TEXT NOT NULL,
	leaves_after TEXT NOT NULL,
	attributions TEXT NOT NULL,
	tx_intent {{text}} NOT NULL,
	settled_block BIGINT NOT NULL,
	error TEXT NOT NULL,
	created_at BIGINT NOT NULL,
	updated_at BIGINT NOT NULL,
	UNIQUE (model_id, epoch, seq)
);
CREATE INDEX oracle_batches_status ON oracle_batches (status, model_id, created_at);

CREATE TABLE oracle_tx_intents (
	id {{text}} PRIMARY KEY,
	purpose {{text}} NOT NULL,
	ref {{text}} NOT NULL,
	sender {{text}} NOT NULL,
	to_addr {{text}} NOT NULL,
	data TEXT NOT NULL,
	gas BIGINT NOT NULL,
	nonce BIGINT NOT NULL,
	status {{text}} NOT NULL,
	mined_hash {{text}} NOT NULL,
	block_number BIGINT NOT NULL,
	created_at BIGINT NOT NULL,
	updated_at BIGINT NOT NULL,
	UNIQUE (purpose, ref),
	UNIQUE (sender, nonce)
);
CREATE INDEX oracle_tx_intents_status ON oracle_tx_intents (status, sender, nonce);

CREATE TABLE oracle_tx_attempts (
	hash {{text}} PRIMARY KEY,
	intent_id {{text}} NOT NULL,
	seq BIGINT NOT NULL,
	raw TEXT NOT NULL,
	tip {{numeric}} NOT NULL,
	fee_cap {{numeric}} NOT NULL,
	sent_at BIGINT NOT NULL,
	UNIQUE (intent_id, seq)
);

CREATE TABLE oracle_cursors (
	name {{text}} PRIMARY KEY,
	block BIGINT NOT NULL
);
`

// DB is the oracle's database handle.
type DB struct {
	*bun.DB
}

// Open connects (see store.Open) and applies the oracle's migrations.
func Open(ctx context.Context, dsn string) (*DB, error) {
	db, err := store.Open(ctx, dsn)
	if err != nil {
		return nil, err
	}
	if err := store.Migrate(ctx, db, MigrationSet, Migrations); err != nil {
		db.Close()
		return nil, err
	}
	return &DB{DB: db}, nil
}

// now is the row timestamp: unix milliseconds.
func now() int64 { return time.Now().UnixMilli() }

// ErrNotFound is returned when a row does not exist.
var ErrNotFound = fmt.Errorf("state: not found")
