import Anthropic from '@anthropic-ai/sdk';
import { ClaudeClient } from '../../src/ai/claude/claude-client';
import { EXPLAIN_SYSTEM, explainTask } from '../../src/ai/claude/explain-prompt';
import { AppLogger } from '../../src/common/logging/app-logger';
import { DEFAULT_ANTHROPIC_MODEL, loadConfig } from '../../src/config/app-config';
import { FakeAnthropic } from '../support/fake-anthropic';

/** The request we build, checked against what the (fake, docs-strict) API accepts. */
function builtRequest(model = DEFAULT_ANTHROPIC_MODEL): Anthropic.MessageCreateParamsNonStreaming {
  const config = { ...loadConfig({ ANTHROPIC_API_KEY: 'k' }), anthropicModel: model };
  const client = new ClaudeClient(config, AppLogger.create('fatal'));
  const task = explainTask({ finding: { title: 'RSA-1024 certificate' } }, 'weak_rsa', 'b0undary');
  return (client as any).request(task);
}

describe('the Claude request for the default model', () => {
  it('is accepted by a server as strict as the documented API', () => {
    expect(FakeAnthropic.refusal(builtRequest())).toBeNull();
  });

  it('would be refused with the forced tool choice the service used to send', () => {
    const old = {
      ...builtRequest(),
      tools: [{ name: 'record_explanation', input_schema: { type: 'object' } }],
      tool_choice: { type: 'tool', name: 'record_explanation' },
    };
    expect(FakeAnthropic.refusal(old)).toMatch(/forced tool use/);
    expect(FakeAnthropic.refusal({ ...builtRequest(), temperature: 0 })).toMatch(/temperature/);
    expect(
      FakeAnthropic.refusal({
        ...builtRequest(),
        thinking: { type: 'enabled', budget_tokens: 1024 },
      }),
    ).toMatch(/thinking/);
  });

  it('uses a strict schema: counts and lengths are left to our own checks', () => {
    const request = builtRequest();
    const schema = request.output_config!.format!.schema as any;
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.nextSteps.maxItems).toBeUndefined();
    const withMax = {
      ...request,
      output_config: {
        ...request.output_config,
        format: {
          type: 'json_schema',
          schema: {
            ...schema,
            properties: { ...schema.properties, nextSteps: { type: 'array', maxItems: 8 } },
          },
        },
      },
    };
    expect(FakeAnthropic.refusal(withMax)).toMatch(/maxItems/);
  });

  it('leaves room for the answer after thinking, at a low effort, without sampling parameters', () => {
    const request = builtRequest();
    expect(request.max_tokens).toBeGreaterThanOrEqual(4000);
    expect(request.output_config?.effort).toBe('low');
    expect(request).not.toHaveProperty('temperature');
    expect(request).not.toHaveProperty('thinking');
  });

  it('marks a stable prefix long enough to cache (about 4 characters a token)', () => {
    const request = builtRequest();
    const system = request.system as Anthropic.TextBlockParam[];
    expect(system.at(-1)!.cache_control).toEqual({ type: 'ephemeral' });
    const prefixChars = EXPLAIN_SYSTEM.join('').length;
    // 512 tokens is Sonnet 5.5's minimum; 1,024 covers the other current models too.
    expect(prefixChars / 4).toBeGreaterThan(1024);
    // The finding never enters the prefix.
    expect(JSON.stringify(system)).not.toContain('RSA-1024 certificate');
  });
});
