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
  /**
   * Whether an answer is worth a database row, shared by every instance and kept across
   * restarts: a model call is; the offline expert recomputes an answer faster than Postgres
   * returns a stored one, so its answers are remembered in process only.
   */
  readonly storesAnswers: boolean;
  explain(input: ExplainInput): Promise<ExplainerAnswer>;
}
