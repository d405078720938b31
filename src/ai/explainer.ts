import { Explanation, ExplainableFinding } from './offline/explainable-finding';

export interface ExplainInput {
  finding: ExplainableFinding;
  context?: string;
  /** Our request id (X-Request-Id), for log lines about the model call. */
  requestId?: string;
}

export interface ExplainerAnswer extends Explanation {
  source: 'claude' | 'offline';
  model?: string;
}

/** Claude and the offline expert answer through the same interface. */
export interface Explainer {
  /** Part of the cache key: answers of different explainers are never mixed up. */
  readonly identity: string;
  explain(input: ExplainInput): Promise<ExplainerAnswer>;
}
