import { randomBytes } from 'node:crypto';
import { ClaudeClient } from './claude/claude-client';
import { explainTask, PROMPT_VERSION } from './claude/explain-prompt';
import { ExplainerAnswer, ExplainInput, Explainer } from './explainer';
import { knowledgeFor } from './offline/knowledge-base';
import { recogniseFinding } from './offline/recognise-finding';

export { ModelAnswerRejected } from './claude/claude-errors';
export { PROMPT_VERSION } from './claude/explain-prompt';

/** Claude phrases the explanation; the knowledge entry of the recognised type grounds it. */
export class ClaudeExplainer implements Explainer {
  readonly identity: string;
  readonly storesAnswers = true;

  constructor(private readonly claude: ClaudeClient) {
    this.identity = `claude:${claude.model}:${PROMPT_VERSION}`;
  }

  async explain(input: ExplainInput): Promise<ExplainerAnswer> {
    // A fresh marker per request: planted text cannot guess it to close the data early.
    const boundary = randomBytes(12).toString('hex');
    const type = recogniseFinding(input.finding);
    const { value, model } = await this.claude.complete(explainTask(input, type, boundary), {
      requestId: input.requestId,
    });
    return { ...value, references: knowledgeFor(type).references, source: 'claude', model };
  }
}
