import { ModelAnswerRejected } from '../../src/ai/claude/claude-errors';
import { parseScanBrief } from '../../src/ai/claude/explain-scan-prompt';
import { nearestDeadline } from '../../src/ai/scan-brief/deadlines';
import { offlineBrief } from '../../src/ai/scan-brief/offline-brief';
import { allowedQuantities, inventedQuantities } from '../../src/ai/scan-brief/quantities';
import { KeyRisk, ScanFacts } from '../../src/ai/scan-brief/scan-facts';

const FACTS: ScanFacts = {
  scanId: 'scan_01JD3S7W1XQ2Y8M4N5P6R7T8V9',
  target: 'api.example.com',
  findingCount: 9,
  readiness: { score: 40, band: 'poor' },
  bySeverity: { critical: 1, high: 3, medium: 4, low: 0, info: 1 },
  byStatus: { open: 5, in_progress: 2, blocked: 1, done: 0, accepted_risk: 1, false_positive: 0 },
  slaBreaches: 7,
  quantumVulnerable: 5,
  rescan: {
    baselineScanId: 'scan_01JD3S7W1XQ2Y8M4N5P6R7T8V8',
    coverage: 'partial',
    counts: { new: 0, carried: 8, fixed: 1, reopened: 1, notObserved: 0, duplicates: 0 },
  },
  nearestDeadline: { standard: 'NIST IR 8547 (draft)', date: '2030-12-31' },
};
const RISKS: KeyRisk[] = [
  {
    remediationId: 'rem_001',
    title: 'RSA-1024 certificate',
    severity: 'critical',
    why: 'RSA key under 2048 bits; past its remediation SLA, critical severity',
  },
];
const INPUT = { facts: FACTS, keyRisks: RISKS, references: [] };
const answer = (summary: string) => ({
  summary,
  impact: 'Move key exchange to ML-KEM-768 (FIPS 203) and retire TLS 1.0.',
  nextSteps: ['Reissue rem_001 with ECDSA P-256.'],
});

describe('scan brief: the model answer keeps to the facts', () => {
  it('accepts counts, the score, the deadline and its year, and names with numbers', () => {
    const brief = parseScanBrief(
      answer(
        '9 findings, 1 critical, 7 past their SLA; score 40; NIST IR 8547 by 2030-12-31 (2030).',
      ),
      INPUT,
      'b0undary',
    );
    expect(brief.summary).toContain('2030-12-31');
  });

  it.each([
    ['an invented count', '12 findings need work.'],
    ['a computed percentage', 'Only 11% of the backlog is done.'],
    ['an invented year', 'Finish by 2029.'],
    ['a number word', 'Eleven items are late.'],
  ])('rejects %s', (_what, summary) => {
    expect(() => parseScanBrief(answer(summary), INPUT, 'b0undary')).toThrow(ModelAnswerRejected);
  });

  it('still applies the plain-text checks of every answer', () => {
    expect(() => parseScanBrief(answer('**9** findings'), INPUT, 'b0undary')).toThrow(
      ModelAnswerRejected,
    );
  });
});

describe('scan brief: the offline templates', () => {
  it.each(['executive', 'engineering'] as const)('state only facts (%s)', (audience) => {
    const brief = offlineBrief({
      facts: FACTS,
      keyRisks: RISKS,
      riskTypes: { rem_001: 'weak_rsa' },
      audience,
      context: 'records kept 30 years, external',
    });
    const text = [brief.summary, brief.impact, ...brief.nextSteps].join('\n');
    expect(inventedQuantities(text, allowedQuantities(FACTS, RISKS))).toEqual([]);
    expect(text).toContain('rem_001');
    expect(text).not.toMatch(/\b30\b/);
  });
});

describe('scan brief: the nearest deadline', () => {
  it('is the earliest dated deadline still ahead, none for types without one', () => {
    expect(nearestDeadline(['weak_rsa', 'quantum_vulnerable_ecc'], '2026-12-01')).toEqual({
      standard: 'NIST IR 8547 (draft)',
      date: '2035-12-31',
    });
    expect(
      nearestDeadline(['quantum_vulnerable_ecc', 'quantum_vulnerable_rsa'], '2026-12-01'),
    ).toEqual({ standard: 'NIST IR 8547 (draft)', date: '2030-12-31' });
    expect(nearestDeadline(['quantum_vulnerable_rsa'], '2031-01-01')).toBeNull();
    expect(nearestDeadline(['weak_rsa', 'md5_hash'], '2026-12-01')).toBeNull();
  });
});
