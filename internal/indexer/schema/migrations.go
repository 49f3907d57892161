package schema

import "github.com/open-attribution/poa/internal/store"

// MigrationSet names the indexer's migrations in a shared database.
const MigrationSet = "indexer"

// Migrations creates and evolves the indexer's tables. Append new steps; never edit an applied one.
var Migrations = []store.Migration{
	store.SQLMigration("0001_init", initDDL),
	{Name: "0002_fee_splits", Up: feeSplitsUp},
	store.SQLMigration("0003_governance", governanceDDL),
}

// Tables lists the indexer's data tables (not its bookkeeping), for dumps and resets.
var Tables = []string{
	"datanets", "datanet_validators", "contributions", "votes", "contributors", "accounts", "oracles",
	"models", "model_epochs", "inference_requests", "settlements", "leaf_claims", "claims", "events", "fee_splits",
	"published_batches", "published_leaves", "published_attributions",
	"proposals", "proposal_votes", "validator_stakes", "stake_events", "guard_batches", "disputes", "feedback", "parameters",
}

const initDDL = `
CREATE TABLE datanets (
	id BIGINT PRIMARY KEY,
	owner {{text}} NOT NULL,
	kind SMALLINT NOT NULL,
	metadata_uri TEXT NOT NULL,
	bond {{numeric}} NOT NULL,
	forfeit_bond_on_reject BOOLEAN NOT NULL,
	quorum BIGINT NOT NULL,
	validator_count BIGINT NOT NULL,
	validator_mode SMALLINT NOT NULL,
	files_per_contributor_per_day BIGINT NOT NULL,
	bytes_per_contributor_per_day BIGINT NOT NULL,
	bytes_per_datanet_per_day BIGINT NOT NULL,
	contribution_count BIGINT NOT NULL,
	accepted_count BIGINT NOT NULL,
	rejected_count BIGINT NOT NULL,
	contributor_count BIGINT NOT NULL,
	model_count BIGINT NOT NULL,
	bytes_submitted BIGINT NOT NULL,
	accumulator {{text}} NOT NULL,
	validator_pool {{numeric}} NOT NULL,
	validator_rewards_paid {{numeric}} NOT NULL,
	created_block BIGINT NOT NULL,
	created_time BIGINT NOT NULL,
	created_tx {{text}} NOT NULL,
	updated_block BIGINT NOT NULL
);
CREATE INDEX datanets_owner ON datanets (owner, id);
CREATE INDEX datanets_contribution_count ON datanets (contribution_count, id);
CREATE INDEX datanets_accepted_count ON datanets (accepted_count, id);
CREATE INDEX datanets_contributor_count ON datanets (contributor_count, id);

CREATE TABLE datanet_validators (
	datanet_id BIGINT NOT NULL,
	validator {{text}} NOT NULL,
	added_block BIGINT NOT NULL,
	PRIMARY KEY (datanet_id, validator)
);
CREATE INDEX datanet_validators_validator ON datanet_validators (validator, datanet_id);

CREATE TABLE contributions (
	id BIGINT PRIMARY KEY,
	datanet_id BIGINT NOT NULL,
	contributor {{text}} NOT NULL,
	content_hash {{text}} NOT NULL,
	size BIGINT NOT NULL,
	uri TEXT NOT NULL,
	bond {{numeric}} NOT NULL,
	status {{text}} NOT NULL,
	accepts BIGINT NOT NULL,
	rejects BIGINT NOT NULL,
	accept_weight {{numeric}},
	reject_weight {{numeric}},
	accepted_index BIGINT,
	accumulator {{text}},
	bond_to {{text}},
	bond_to_treasury BOOLEAN,
	submitted_block BIGINT NOT NULL,
	submitted_time BIGINT NOT NULL,
	submitted_tx {{text}} NOT NULL,
	finalized_block BIGINT,
	finalized_time BIGINT,
	finalized_tx {{text}},
	updated_block BIGINT NOT NULL
);
CREATE INDEX contributions_datanet ON contributions (datanet_id, id);
CREATE INDEX contributions_contributor ON contributions (contributor, id);
CREATE INDEX contributions_status ON contributions (status, id);
CREATE INDEX contributions_accepted_index ON contributions (datanet_id, accepted_index);

CREATE TABLE votes (
	block_number BIGINT NOT NULL,
	log_index BIGINT NOT NULL,
	contribution_id BIGINT NOT NULL,
	validator {{text}} NOT NULL,
	accept BOOLEAN NOT NULL,
	accepts BIGINT NOT NULL,
	rejects BIGINT NOT NULL,
	weight {{numeric}},
	accept_weight {{numeric}},
	reject_weight {{numeric}},
	total_weight {{numeric}},
	block_time BIGINT NOT NULL,
	tx_hash {{text}} NOT NULL,
	PRIMARY KEY (block_number, log_index)
);
CREATE INDEX votes_contribution ON votes (contribution_id, block_number, log_index);
CREATE INDEX votes_validator ON votes (validator, block_number, log_index);

CREATE TABLE contributors (
	datanet_id BIGINT NOT NULL,
	address {{text}} NOT NULL,
	submitted BIGINT NOT NULL,
	accepted BIGINT NOT NULL,
	rejected BIGINT NOT NULL,
	score BIGINT NOT NULL,
	rank_key {{text}} NOT NULL,
	penalized BOOLEAN NOT NULL,
	first_block BIGINT NOT NULL,
	updated_block BIGINT NOT NULL,
	updated_time BIGINT NOT NULL,
	PRIMARY KEY (datanet_id, address)
);
CREATE INDEX contributors_rank ON contributors (datanet_id, rank_key);
CREATE INDEX contributors_address ON contributors (address, datanet_id);

CREATE TABLE accounts (
	address {{text}} PRIMARY KEY,
	submitted BIGINT NOT NULL,
	accepted BIGINT NOT NULL,
	rejected BIGINT NOT NULL,
	datanets BIGINT NOT NULL,
	claimed {{numeric}} NOT NULL,
	claim_count BIGINT NOT NULL,
	credited {{numeric}} NOT NULL,
	withdrawn {{numeric}} NOT NULL,
	withheld {{numeric}} NOT NULL,
	updated_block BIGINT NOT NULL
);

CREATE TABLE oracles (
	address {{text}} PRIMARY KEY,
	allowed BOOLEAN NOT NULL,
	updated_block BIGINT NOT NULL
);

CREATE TABLE models (
	id BIGINT PRIMARY KEY,
	datanet_id BIGINT NOT NULL,
	owner {{text}} NOT NULL,
	oracle {{text}} NOT NULL,
	contribution_count BIGINT NOT NULL,
	accumulator {{text}} NOT NULL,
	base_model_id {{text}} NOT NULL,
	adapter_hash {{text}} NOT NULL,
	training_config_hash {{text}} NOT NULL,
	gradient_commitment {{text}} NOT NULL,
	inference_fee {{numeric}} NOT NULL,
	metadata_uri TEXT NOT NULL,
	active BOOLEAN NOT NULL,
	request_count BIGINT NOT NULL,
	fee_total {{numeric}} NOT NULL,
	settled_request_count BIGINT NOT NULL,
	settled_fee_total {{numeric}} NOT NULL,
	distributed_total {{numeric}} NOT NULL,
	claimed_total {{numeric}} NOT NULL,
	owner_share_total {{numeric}} NOT NULL,
	validator_share_total {{numeric}} NOT NULL,
	treasury_share_total {{numeric}} NOT NULL,
	withheld_total {{numeric}} NOT NULL,
	batch_count BIGINT NOT NULL,
	payout_root {{text}} NOT NULL,
	claimable_root {{text}} NOT NULL,
	claimable_batch BIGINT,
	created_block BIGINT NOT NULL,
	created_time BIGINT NOT NULL,
	created_tx {{text}} NOT NULL,
	updated_block BIGINT NOT NULL
);
CREATE INDEX models_datanet ON models (datanet_id, id);
CREATE INDEX models_owner ON models (owner, id);
CREATE INDEX models_fee_total ON models (fee_total, id);
CREATE INDEX models_request_count ON models (request_count, id);

CREATE TABLE model_epochs (
	model_id BIGINT NOT NULL,
	epoch BIGINT NOT NULL,
	request_count BIGINT NOT NULL,
	fee_total {{numeric}} NOT NULL,
	settled_request_count BIGINT NOT NULL,
	settled_fee_total {{numeric}} NOT NULL,
	distributed {{numeric}} NOT NULL,
	contributor_share {{numeric}} NOT NULL,
	owner_share {{numeric}} NOT NULL,
	validator_share {{numeric}} NOT NULL,
	treasury_share {{numeric}} NOT NULL,
	batch_count BIGINT NOT NULL,
	updated_block BIGINT NOT NULL,
	PRIMARY KEY (model_id, epoch)
);

CREATE TABLE inference_requests (
	id BIGINT PRIMARY KEY,
	model_id BIGINT NOT NULL,
	requester {{text}} NOT NULL,
	input_hash {{text}} NOT NULL,
	fee {{numeric}} NOT NULL,
	epoch BIGINT NOT NULL,
	status {{text}} NOT NULL,
	batch_id BIGINT,
	requested_block BIGINT NOT NULL,
	requested_time BIGINT NOT NULL,
	requested_tx {{text}} NOT NULL,
	settled_block BIGINT,
	updated_block BIGINT NOT NULL
);
CREATE INDEX inference_requests_model ON inference_requests (model_id, id);
CREATE INDEX inference_requests_requester ON inference_requests (requester, id);
CREATE INDEX inference_requests_epoch ON inference_requests (model_id, epoch, id);

CREATE TABLE settlements (
	model_id BIGINT NOT NULL,
	batch_id BIGINT NOT NULL,
	epoch BIGINT NOT NULL,
	oracle {{text}} NOT NULL,
	request_ids TEXT NOT NULL,
	request_count BIGINT NOT NULL,
	inference_commitment {{text}} NOT NULL,
	previous_payout_root {{text}} NOT NULL,
	new_payout_root {{text}} NOT NULL,
	fee_total {{numeric}} NOT NULL,
	distributed {{numeric}} NOT NULL,
	contributor_share {{numeric}} NOT NULL,
	owner {{text}} NOT NULL,
	owner_share {{numeric}} NOT NULL,
	datanet_id BIGINT NOT NULL,
	validator_share {{numeric}} NOT NULL,
	treasury_share {{numeric}} NOT NULL,
	proof TEXT,
	status {{text}} NOT NULL,
	status_block BIGINT NOT NULL,
	block_number BIGINT NOT NULL,
	block_time BIGINT NOT NULL,
	tx_hash {{text}} NOT NULL,
	log_index BIGINT NOT NULL,
	PRIMARY KEY (model_id, batch_id)
);
CREATE INDEX settlements_block ON settlements (block_number, log_index);
CREATE INDEX settlements_epoch ON settlements (model_id, epoch, batch_id);

CREATE TABLE leaf_claims (
	model_id BIGINT NOT NULL,
	idx BIGINT NOT NULL,
	claimed {{numeric}} NOT NULL,
	account {{text}} NOT NULL,
	updated_block BIGINT NOT NULL,
	PRIMARY KEY (model_id, idx)
);

CREATE TABLE claims (
	block_number BIGINT NOT NULL,
	log_index BIGINT NOT NULL,
	model_id BIGINT NOT NULL,
	account {{text}} NOT NULL,
	recipient {{text}} NOT NULL,
	amount {{numeric}} NOT NULL,
	leaves TEXT NOT NULL,
	block_time BIGINT NOT NULL,
	tx_hash {{text}} NOT NULL,
	PRIMARY KEY (block_number, log_index)
);
CREATE INDEX claims_account ON claims (account, block_number, log_index);
CREATE INDEX claims_model ON claims (model_id, block_number, log_index);

CREATE TABLE events (
	block_number BIGINT NOT NULL,
	log_index BIGINT NOT NULL,
	tx_hash {{text}} NOT NULL,
	tx_index BIGINT NOT NULL,
	contract {{text}} NOT NULL,
	name {{text}} NOT NULL,
	args TEXT NOT NULL,
	block_time BIGINT NOT NULL,
	PRIMARY KEY (block_number, log_index)
);
CREATE INDEX events_name ON events (name, block_number, log_index);

CREATE TABLE published_batches (
	model_id BIGINT NOT NULL,
	batch_id BIGINT NOT NULL,
	settled_block BIGINT NOT NULL,
	status {{text}} NOT NULL,
	error TEXT,
	payout_root {{text}} NOT NULL,
	tree_depth BIGINT NOT NULL,
	leaf_count BIGINT NOT NULL,
	checked_at BIGINT NOT NULL,
	PRIMARY KEY (model_id, batch_id)
);
CREATE INDEX published_batches_block ON published_batches (settled_block);

CREATE TABLE published_leaves (
	model_id BIGINT NOT NULL,
	batch_id BIGINT NOT NULL,
	idx BIGINT NOT NULL,
	account {{text}} NOT NULL,
	cumulative {{numeric}} NOT NULL,
	settled_block BIGINT NOT NULL,
	PRIMARY KEY (model_id, batch_id, idx)
);
CREATE INDEX published_leaves_account ON published_leaves (account, model_id, batch_id);
CREATE INDEX published_leaves_block ON published_leaves (settled_block);

CREATE TABLE published_attributions (
	request_id BIGINT PRIMARY KEY,
	model_id BIGINT NOT NULL,
	batch_id BIGINT NOT NULL,
	prediction TEXT NOT NULL,
	scores TEXT NOT NULL,
	fee_shares TEXT NOT NULL,
	settled_block BIGINT NOT NULL
);
CREATE INDEX published_attributions_batch ON published_attributions (model_id, batch_id);
CREATE INDEX published_attributions_block ON published_attributions (settled_block);

CREATE TABLE indexer_state (
	id BIGINT PRIMARY KEY,
	chain_id BIGINT NOT NULL,
	addresses TEXT NOT NULL,
	start_block BIGINT NOT NULL,
	last_block BIGINT NOT NULL,
	last_hash {{text}} NOT NULL,
	last_time BIGINT NOT NULL,
	finalized_block BIGINT NOT NULL,
	version BIGINT NOT NULL,
	reorg_count BIGINT NOT NULL,
	last_reorg_block BIGINT NOT NULL,
	last_reorg_depth BIGINT NOT NULL
);

CREATE TABLE indexer_blocks (
	number BIGINT PRIMARY KEY,
	hash {{text}} NOT NULL,
	parent_hash {{text}} NOT NULL,
	time BIGINT NOT NULL
);

CREATE TABLE indexer_journal (
	block_number BIGINT NOT NULL,
	table_name {{text}} NOT NULL,
	row_key {{text}} NOT NULL,
	row TEXT,
	PRIMARY KEY (block_number, table_name, row_key)
);
`
