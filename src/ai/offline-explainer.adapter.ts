import { Injectable } from '@nestjs/common';
import { ExplainerAnswer, ExplainInput, Explainer } from './explainer';
import { KNOWLEDGE_BASE_VERSION } from './offline/knowledge-base';
import { explainOffline } from './offline/offline-explainer';

/** The built-in expert: deterministic, no network, always available. */
@Injectable()
export class OfflineExplainer implements Explainer {
  readonly identity = `offline:${KNOWLEDGE_BASE_VERSION}`;

  async explain(input: ExplainInput): Promise<ExplainerAnswer> {
    return { ...explainOffline(input.finding, input.context), source: 'offline' };
  }
}
