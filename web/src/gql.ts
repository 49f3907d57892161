// The indexer's GraphQL API (graph/schema.graphqls): every read the app makes goes through here.
import { config } from './config';

export class GraphQLError extends Error {}

export async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const r = await fetch(config.graphql, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  if (!r.ok && r.status !== 200) {
    let detail = '';
    try {
      detail = (await r.json())?.errors?.map((e: { message: string }) => e.message).join('; ');
    } catch {
      /* not JSON */
    }
    throw new GraphQLError(`GraphQL HTTP ${r.status}${detail ? ': ' + detail : ''}`);
  }
  const body = (await r.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new GraphQLError(body.errors.map((e) => e.message).join('; '));
  return body.data as T;
}

// ---------------------------------------------------------------- types (the fields the app reads)

export interface Meta {
  block: { number: number; timestamp: number };
  finalizedBlock: number;
  chainId: number;
  chainHead: number | null;
}

export interface Quota {
  filesPerContributorPerDay: number;
  bytesPerContributorPerDay: string;
  bytesPerDatanetPerDay: string;
}

export interface Datanet {
  id: string;
  owner: string;
  kind: 'TEXT' | 'IMAGE' | 'AUDIO' | 'TABULAR';
  metadataURI: string;
  bond: string;
  forfeitBondOnReject: boolean;
  quorum: number;
  validatorCount: number;
  validators: string[];
  quota: Quota;
  contributionCount: number;
  acceptedCount: number;
  rejectedCount: number;
  pendingCount: number;
  contributorCount: number;
  modelCount: number;
  bytesSubmitted: string;
  accumulator: string;
  validatorPool: string;
  createdAt: number;
}

export type ContributionStatus = 'PENDING' | 'ACCEPTED' | 'REJECTED';

export interface Contribution {
  id: string;
  contributor: string;
  contentHash: string;
  size: number;
  uri: string;
  bond: string;
  status: ContributionStatus;
  accepts: number;
  rejects: number;
  acceptedIndex: number | null;
  submittedAt: number;
  submittedTx: string;
  datanet?: { id: string };
}

export interface Contributor {
  address: string;
  rank: number;
  score: number;
  submitted: number;
  accepted: number;
  rejected: number;
  pending: number;
}

export interface Model {
  id: string;
  datanet: { id: string; metadataURI: string };
  owner: string;
  oracle: string;
  contributionCount: number;
  baseModelId: string;
  adapterHash: string;
  trainingConfigHash: string;
  gradientCommitment: string;
  inferenceFee: string;
  metadataURI: string;
  active: boolean;
  requestCount: number;
  feeTotal: string;
  settledRequestCount: number;
  distributedTotal: string;
  claimedTotal: string;
  unclaimedTotal: string;
  batchCount: number;
  payoutRoot: string;
  createdAt: number;
  createdTx: string;
}

export interface Attribution {
  batchId: number;
  prediction: string;
  scores: { index: number; score: string; contribution: { id: string; contributor: string } | null }[];
  feeShares: { index: number; amount: string; contribution: { id: string; contributor: string } | null }[];
}

export interface InferenceRequest {
  id: string;
  model: { id: string };
  requester: string;
  inputHash: string;
  fee: string;
  epoch: number;
  status: 'PENDING' | 'SETTLED';
  requestedAt: number;
  requestedTx: string;
  settlement: { batchId: number; model: { id: string } } | null;
  attribution: Attribution | null;
}

export interface Settlement {
  id: string;
  model: { id: string };
  batchId: number;
  epoch: number;
  oracle: string;
  requestIds: string[];
  inferenceCommitment: string;
  previousPayoutRoot: string;
  newPayoutRoot: string;
  feeTotal: string;
  distributed: string;
  contributorShare: string;
  owner: string;
  ownerShare: string;
  validatorShare: string;
  treasuryShare: string;
  proof: string | null;
  publicInputs: string[];
  transaction: string;
  blockNumber: number;
  timestamp: number;
  /** The settlement guard's verdict: PENDING in its challenge window, FINALIZED, or VOIDED. */
  status: 'PENDING' | 'FINALIZED' | 'VOIDED';
  finalized: boolean;
  publication: 'AWAITING' | 'VERIFIED' | 'REJECTED';
  publicationError: string | null;
}

export interface WalletModel {
  model: { id: string; datanet: { id: string } };
  batchId: number;
  payoutRoot: string;
  current: boolean;
  cumulative: string;
  claimed: string;
  claimable: string;
  leaves: { index: number; cumulative: string; claimed: string; claimable: string; proof: string[]; contribution: { id: string } | null }[];
}

export interface Wallet {
  address: string;
  claimable: string;
  totals: { submitted: number; accepted: number; rejected: number; datanets: number; claimed: string; claimCount: number; credited: string; withdrawn: string } | null;
  models: WalletModel[];
  claims: { nodes: { id: string; model: { id: string }; amount: string; timestamp: number; txHash: string; leafIndices: number[] }[] };
}

interface Conn<T> {
  nodes: T[];
  pageInfo?: { hasNextPage: boolean; endCursor: string | null };
}

// ---------------------------------------------------------------- queries

const DATANET_FIELDS = `id owner kind metadataURI bond forfeitBondOnReject quorum validatorCount validators
  quota { filesPerContributorPerDay bytesPerContributorPerDay bytesPerDatanetPerDay }
  contributionCount acceptedCount rejectedCount pendingCount contributorCount modelCount bytesSubmitted
  accumulator validatorPool createdAt`;
const CONTRIBUTION_FIELDS = `id contributor contentHash size uri bond status accepts rejects acceptedIndex submittedAt submittedTx`;
const MODEL_FIELDS = `id datanet { id metadataURI } owner oracle contributionCount baseModelId adapterHash trainingConfigHash
  gradientCommitment inferenceFee metadataURI active requestCount feeTotal settledRequestCount distributedTotal
  claimedTotal unclaimedTotal batchCount payoutRoot createdAt createdTx`;
const ATTRIBUTION_FIELDS = `attribution { batchId prediction
  scores { index score contribution { id contributor } }
  feeShares { index amount contribution { id contributor } } }`;
const REQUEST_FIELDS = `id model { id } requester inputHash fee epoch status requestedAt requestedTx
  settlement { batchId model { id } } ${ATTRIBUTION_FIELDS}`;
const SETTLEMENT_FIELDS = `id model { id } batchId epoch oracle requestIds inferenceCommitment previousPayoutRoot newPayoutRoot
  feeTotal distributed contributorShare owner ownerShare validatorShare treasuryShare proof publicInputs
  transaction blockNumber timestamp status finalized publication publicationError`;

export const q = {
  meta: () => gql<{ _meta: Meta }>(`{ _meta { block { number timestamp } finalizedBlock chainId chainHead } }`).then((d) => d._meta),

  dashboard: () =>
    gql<{
      _meta: Meta;
      datanets: Conn<Datanet>;
      models: Conn<Model>;
      settlements: Conn<Settlement>;
    }>(`{ _meta { block { number timestamp } finalizedBlock chainId chainHead }
      datanets(first: 20) { nodes { ${DATANET_FIELDS} } }
      models(first: 20, orderDirection: DESC) { nodes { ${MODEL_FIELDS} } }
      settlements(first: 5, orderDirection: DESC) { nodes { ${SETTLEMENT_FIELDS} } } }`),

  datanets: () => gql<{ datanets: Conn<Datanet> }>(`{ datanets(first: 100) { nodes { ${DATANET_FIELDS} } } }`).then((d) => d.datanets.nodes),

  datanet: (id: string) =>
    gql<{ datanet: (Datanet & { contributions: Conn<Contribution>; leaderboard: Conn<Contributor>; models: Conn<Model> }) | null }>(
      `query($id: ID!) { datanet(id: $id) { ${DATANET_FIELDS}
        contributions(first: 100, orderDirection: DESC) { nodes { ${CONTRIBUTION_FIELDS} } }
        leaderboard(first: 50) { nodes { address rank score submitted accepted rejected pending } }
        models(first: 50) { nodes { ${MODEL_FIELDS} } } } }`,
      { id },
    ).then((d) => d.datanet),

  contribution: (id: string) =>
    gql<{ contribution: (Contribution & { datanet: { id: string }; votes: { validator: string; accept: boolean; txHash: string }[] }) | null }>(
      `query($id: ID!) { contribution(id: $id) { ${CONTRIBUTION_FIELDS} datanet { id } votes { validator accept txHash } } }`,
      { id },
    ).then((d) => d.contribution),

  models: () => gql<{ models: Conn<Model> }>(`{ models(first: 100, orderDirection: DESC) { nodes { ${MODEL_FIELDS} } } }`).then((d) => d.models.nodes),

  model: (id: string) =>
    gql<{ model: (Model & { requests: Conn<InferenceRequest>; settlements: Conn<Settlement> }) | null }>(
      `query($id: ID!) { model(id: $id) { ${MODEL_FIELDS}
        requests(first: 50, orderDirection: DESC) { nodes { ${REQUEST_FIELDS} } }
        settlements(first: 50, orderDirection: DESC) { nodes { ${SETTLEMENT_FIELDS} } } } }`,
      { id },
    ).then((d) => d.model),

  request: (id: string) =>
    gql<{ inferenceRequest: InferenceRequest | null }>(`query($id: ID!) { inferenceRequest(id: $id) { ${REQUEST_FIELDS} } }`, { id }).then(
      (d) => d.inferenceRequest,
    ),

  settlements: () =>
    gql<{ settlements: Conn<Settlement> }>(`{ settlements(first: 100, orderDirection: DESC) { nodes { ${SETTLEMENT_FIELDS} } } }`).then(
      (d) => d.settlements.nodes,
    ),

  settlement: (modelId: string, batchId: number) =>
    gql<{ settlement: (Settlement & { requests: InferenceRequest[] }) | null }>(
      `query($m: ID!, $b: Int!) { settlement(modelId: $m, batchId: $b) { ${SETTLEMENT_FIELDS} requests { ${REQUEST_FIELDS} } } }`,
      { m: modelId, b: batchId },
    ).then((d) => d.settlement),

  wallet: (address: string) =>
    gql<{ wallet: Wallet }>(
      `query($a: Address!) { wallet(address: $a) { address claimable
        totals { submitted accepted rejected datanets claimed claimCount credited withdrawn }
        models { model { id datanet { id } } batchId payoutRoot current cumulative claimed claimable
          leaves { index cumulative claimed claimable proof contribution { id } } }
        claims(first: 50) { nodes { id model { id } amount timestamp txHash leafIndices } } } }`,
      { a: address },
    ).then((d) => d.wallet),
};
