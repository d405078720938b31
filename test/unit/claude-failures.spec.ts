import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
} from '@anthropic-ai/sdk';
import { CircuitBreaker } from '../../src/ai/claude/circuit-breaker';
import { classifyFailure } from '../../src/ai/claude/claude-errors';
import { loadConfig } from '../../src/config/app-config';

/** An SDK error as the SDK builds it from a response. */
function apiError(status: number, type: string, details?: object): APIError {
  const body = {
    type: 'error',
    error: details ? { type, message: 'm', details } : { type, message: 'm' },
  };
  return APIError.generate(status, body, undefined, new Headers({ 'request-id': 'req_1' }));
}

describe('classifyFailure', () => {
  it.each<[string, APIError, boolean, boolean]>([
    ['401', apiError(401, 'authentication_error'), true, false],
    ['403', apiError(403, 'permission_error'), true, false],
    ['400 (request refused)', apiError(400, 'invalid_request_error'), true, false],
    ['404 (unknown model)', apiError(404, 'not_found_error'), true, false],
    [
      'spend-limit 429',
      apiError(429, 'rate_limit_error', { error_code: 'enforced_spend_limit_reached' }),
      true,
      false,
    ],
    ['rate-limit 429', apiError(429, 'rate_limit_error'), false, true],
    ['500', apiError(500, 'api_error'), false, true],
    ['529', apiError(529, 'overloaded_error'), false, true],
    ['connection reset', new APIConnectionError({ message: 'reset' }), false, true],
    ['timeout', new APIConnectionTimeoutError(), false, false],
    ['our own abort (deadline)', new APIUserAbortError(), false, false],
  ])('%s: persistent %s, retryable %s', (_what, error, persistent, retryable) => {
    expect(classifyFailure(error)).toMatchObject({ persistent, retryable });
  });

  it('keeps the status, type, code and Anthropic request id for the log', () => {
    const facts = classifyFailure(
      apiError(429, 'rate_limit_error', { error_code: 'enforced_spend_limit_reached' }),
    );
    expect(facts).toEqual({
      persistent: true,
      retryable: false,
      status: 429,
      errorType: 'rate_limit_error',
      errorCode: 'enforced_spend_limit_reached',
      modelRequestId: 'req_1',
    });
  });

  it('treats a non-SDK error as neither persistent nor retryable', () => {
    expect(classifyFailure(new Error('boom'))).toMatchObject({
      persistent: false,
      retryable: false,
    });
  });
});

describe('CircuitBreaker', () => {
  it('is open for its duration after a persistent failure, then lets a call through', () => {
    let now = 1_000;
    const breaker = new CircuitBreaker(60_000, () => now);
    expect(breaker.isOpen()).toBe(false);
    breaker.open('401 authentication_error');
    expect(breaker.isOpen()).toBe(true);
    expect(breaker.openReason).toBe('401 authentication_error');
    now += 59_999;
    expect(breaker.isOpen()).toBe(true);
    now += 1;
    expect(breaker.isOpen()).toBe(false);
    expect(breaker.openReason).toBeNull();
  });
});

describe('ANTHROPIC_BASE_URL', () => {
  const load = (url: string) => loadConfig({ ANTHROPIC_BASE_URL: url });

  it.each([
    'https://api.anthropic.com',
    'http://127.0.0.1:4010',
    'http://localhost:8080',
    'http://[::1]:9000',
  ])('accepts %s', (url) => {
    expect(load(url).anthropicBaseUrl).toBe(url);
  });

  it.each(['http://api.anthropic.com', 'http://10.0.0.5', 'ftp://example.com', 'not a url'])(
    'refuses %s, naming the variable',
    (url) => {
      expect(() => load(url)).toThrow(/ANTHROPIC_BASE_URL/);
    },
  );
});
