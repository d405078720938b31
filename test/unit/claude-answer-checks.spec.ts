import { ModelAnswerRejected } from '../../src/ai/claude/claude-errors';
import { parseExplanation } from '../../src/ai/claude/explain-prompt';
import { ANSWER_LIMITS } from '../../src/ai/explain.dto';

const REFS = [
  { title: 'NIST SP 800-131A Rev. 2', url: 'https://csrc.nist.gov/pubs/sp/800/131/a/r2/final' },
  { title: 'CNSA 2.0' },
];
const OK = {
  summary: 'The certificate uses a 1024-bit RSA key.',
  impact: 'It is below the 112-bit minimum of NIST SP 800-131A.',
  nextSteps: ['Reissue the certificate with ECDSA P-256.', 'Rescan the endpoint.'],
};
const parse = (change: object) => parseExplanation({ ...OK, ...change }, REFS, 'b0undary');

describe('parseExplanation: what a model answer may carry', () => {
  it('accepts a plain answer within the limits, trimmed', () => {
    expect(parse({ summary: `  ${OK.summary}  ` })).toEqual(OK);
  });

  it('accepts 1 to 8 steps and the longest allowed texts', () => {
    expect(parse({ nextSteps: ['Rescan.'] }).nextSteps).toHaveLength(1);
    const eight = Array.from({ length: ANSWER_LIMITS.maxNextSteps }, (_, i) => `Step ${i}.`);
    expect(parse({ nextSteps: eight }).nextSteps).toHaveLength(8);
    expect(() => parse({ summary: 'a'.repeat(ANSWER_LIMITS.summaryChars) })).not.toThrow();
    expect(() => parse({ nextSteps: ['a'.repeat(ANSWER_LIMITS.stepChars)] })).not.toThrow();
  });

  it('accepts a URL of its references, with or without trailing punctuation', () => {
    const impact = `See ${REFS[0].url}. It applies.`;
    expect(parse({ impact }).impact).toBe(impact);
  });

  it.each<[string, object]>([
    ['no steps', { nextSteps: [] }],
    ['nine steps', { nextSteps: Array.from({ length: 9 }, () => 'Step.') }],
    ['a step that is not a string', { nextSteps: [3] }],
    ['an empty summary', { summary: '   ' }],
    ['a missing impact', { impact: undefined }],
    ['an overlong summary', { summary: 'a'.repeat(ANSWER_LIMITS.summaryChars + 1) }],
    ['an overlong impact', { impact: 'a'.repeat(ANSWER_LIMITS.impactChars + 1) }],
    ['an overlong step', { nextSteps: ['a'.repeat(ANSWER_LIMITS.stepChars + 1)] }],
    ['bold Markdown', { summary: 'This is **bad**.' }],
    ['a Markdown heading', { impact: '## Impact\nBad.' }],
    ['a bullet list', { impact: 'Risks:\n- one\n- two' }],
    [
      'a Markdown link',
      { impact: 'See [NIST](https://csrc.nist.gov/pubs/sp/800/131/a/r2/final).' },
    ],
    ['HTML', { summary: 'A <b>weak</b> key.' }],
    ['a code span', { nextSteps: ['Run `openssl req`.'] }],
    ['a URL outside its references', { impact: 'See https://example.com/fix now.' }],
    ['a bare www address', { impact: 'See www.example.com for more.' }],
    ['a look-alike of a reference URL', { impact: 'See https://csrc.nist.gov.evil.io/x' }],
    ['the boundary marker', { summary: 'DATA-b0undary-BEGIN' }],
    ['a leaked instruction', { summary: 'My system prompt says to explain.' }],
    ['control characters', { summary: 'A weak\u0007 key.' }],
  ])('rejects %s', (_what, change) => {
    expect(() => parse(change)).toThrow(ModelAnswerRejected);
  });

  it('rejects what is not an object', () => {
    for (const value of [null, 'text', [OK], 42]) {
      expect(() => parseExplanation(value, REFS, 'b0undary')).toThrow(ModelAnswerRejected);
    }
  });
});
