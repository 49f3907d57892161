// The oracle's HTTP API: contribution uploads, ModelFactory training jobs, paid inference answers.
import { config } from './config';

export class OracleError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code = '',
  ) {
    super(message);
  }
}

async function call<T>(method: string, path: string, body?: BodyInit, contentType: string | null = 'application/json'): Promise<T> {
  let r: Response;
  try {
    // FormData bodies set their own multipart content type (with the boundary).
    const headers = body !== undefined && contentType ? { 'content-type': contentType } : undefined;
    r = await fetch(config.oracle + path, { method, body, headers });
  } catch (e) {
    throw new OracleError(`oracle unreachable at ${config.oracle} (${(e as Error).message})`, 0);
  }
  const text = await r.text();
  let data: unknown = undefined;
  try {
    data = text ? JSON.parse(text) : undefined;
  } catch {
    /* plain text */
  }
  if (!r.ok) {
    const o = data as { error?: string | { code?: string; message?: string; line?: number; column?: number }; message?: string } | undefined;
    const e = typeof o?.error === 'object' ? o.error : undefined;
    let msg = (typeof o?.error === 'string' ? o.error : e?.message) ?? o?.message ?? (text || r.statusText);
    if (e?.line) msg += ` (line ${e.line}${e.column ? `, column ${e.column}` : ''})`;
    throw new OracleError(`oracle: ${msg}`, r.status, e?.code ?? '');
  }
  return data as T;
}

export interface BaseModel {
  hash: string;
  name: string;
  description: string;
  sizes: number[];
  quant?: string;
}

export interface JobProgress {
  stage: string;
  epoch: number;
  epochs: number;
  step: number;
  steps: number;
  loss: number;
  accuracy: number;
  elapsedSeconds: number;
  etaSeconds: number;
  /** The loss curve so far (one point per epoch, thinned on long runs). */
  history?: { epoch: number; step: number; loss: number; accuracy: number }[];
}

export interface JobParams {
  datanetId: number;
  contributionCount?: number;
  baseModel: string;
  rank: number;
  alpha: number;
  learningRate: number;
  epochs: number;
  batchSize: number;
  qlora: boolean;
  owner?: string;
  inferenceFee: string;
  metadataURI?: string;
}

export interface Job {
  id: string;
  status: string;
  params: JobParams;
  progress: JobProgress;
  result?: {
    adapterHash?: string;
    trainingConfigHash?: string;
    gradientCommitment?: string;
    trainSamples?: number;
    heldOutSamples?: number;
    heldOutLoss?: number;
    heldOutAccuracy?: number;
    modelId?: number;
    txHash?: string;
  };
  error?: string;
  modelId?: number;
  createdAt?: number | string;
}

export interface AnswerItem {
  index: number;
  contributionId: number;
  contributor: string;
  score: string;
  scoreFloat: number;
  share: string;
}

export interface Answer {
  requestId: number;
  modelId: number;
  epoch: number;
  inputHash: string;
  prediction: string;
  probabilities: number[];
  fee: string;
  contributorShare: string;
  dust: string;
  attribution: AnswerItem[];
  signer: string;
  signature: string;
}

export interface Upload {
  contributionId: number;
  datanetId: number;
  kind: string;
  contentHash: string;
  size: number;
  stored: boolean;
}

export interface StoredAnswer {
  status: 'requested' | 'answered' | 'batched' | 'settled';
  batch?: string;
  answer: Answer;
}

export const oracle = {
  /** The URI recorded on chain with a contribution: content-addressed (the id is not known before the transaction). */
  contentURI: (hash: string) => `urn:sha256:${hash.replace(/^0x/, '')}`,
  contentURL: (contributionId: string | number | bigint) => `${config.oracle}/v1/contributions/${contributionId}/content`,
  uploadContent(contributionId: bigint, content: Uint8Array, name = 'contribution.csv'): Promise<Upload> {
    const form = new FormData();
    form.append('file', new Blob([content as BlobPart]), name);
    return call<Upload>('POST', `/v1/contributions/${contributionId}/content`, form, null);
  },
  baseModels: () => call<{ baseModels: BaseModel[] }>('GET', '/v1/base-models').then((r) => r.baseModels ?? []),
  submitJob: (p: JobParams) => call<Job>('POST', '/v1/training-jobs', JSON.stringify(p)),
  jobs: () => call<{ trainingJobs: Job[] }>('GET', '/v1/training-jobs').then((r) => r.trainingJobs ?? []),
  job: (id: string) => call<Job>('GET', `/v1/training-jobs/${encodeURIComponent(id)}`),
  infer: (requestId: bigint, input: string) => call<Answer>('POST', '/v1/inference', JSON.stringify({ requestId: requestId.toString(), input })),
  answer: (requestId: string) => call<StoredAnswer>('GET', `/v1/inference/${requestId}`),
  status: () => call<Record<string, unknown>>('GET', '/v1/status'),
};
