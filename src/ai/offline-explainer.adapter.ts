import { Injectable } from '@nestjs/common';
import { ExplainerAnswer, ExplainInput, Explainer } from './explainer';
import { KNOWLEDGE_BASE_VERSION } from './offline/knowledge-base';
import { explainOffline } from './offline/offline-explainer';

/** The built-in expert: deterministic, no network, always available. */
@Injectable()
export class OfflineExplainer implements Explainer {
  readonly identity = `offline:${KNOWLEDGE_BASE_VERSION}`;
  readonly storesAnswers = false;

  // async although nothing is awaited: the Explainer contract is a promise, and a throw in
  // the explainer must reach the caller as a rejection, not as a synchronous exception.
  // eslint-disable-next-line @typescript-eslint/require-await
  async explain(input: ExplainInput): Promise<ExplainerAnswer> {
    return { ...explainOffline(input.finding, input.context), source: 'offline' };
  }
}
