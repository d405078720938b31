import { SEVERITIES, Severity } from '../../src/scans/import/classify-finding';
import { readinessOf } from '../../src/scans/import/readiness';

const finding = (severity: Severity, quantumVulnerable = false) => ({
  severity,
  quantumVulnerable,
});

describe('readinessOf', () => {
  it('scores a scan without findings 100, ready', () => {
    expect(readinessOf([])).toEqual({ score: 100, band: 'ready' });
  });

  it('keeps a scan of only post-quantum-safe (info) findings ready', () => {
    expect(readinessOf([finding('info'), finding('info')]).band).toBe('ready');
  });

  it('puts one critical finding among a few others in the critical or poor band', () => {
    const { score, band } = readinessOf([
      finding('critical', true),
      finding('info'),
      finding('info'),
      finding('low'),
    ]);
    expect(score).toBeLessThan(60);
    expect(['critical', 'poor']).toContain(band);
  });

  it('keeps one critical finding low however many clean findings surround it', () => {
    const clean = Array.from({ length: 500 }, () => finding('info'));
    expect(readinessOf([finding('critical'), ...clean]).score).toBeLessThan(60);
  });

  it('keeps any quantum-vulnerable RSA or ECC finding out of the ready band', () => {
    expect(readinessOf([finding('medium', true)]).band).not.toBe('ready');
  });

  it('weighs quantum vulnerability on top of severity', () => {
    const plain = Array.from({ length: 5 }, () => finding('medium'));
    const vulnerable = Array.from({ length: 5 }, () => finding('medium', true));
    expect(readinessOf(vulnerable).score).toBeLessThan(readinessOf(plain).score);
  });

  it('weighs a critical finding more than a high one, and a high more than a medium', () => {
    const scores = (['critical', 'high', 'medium'] as Severity[]).map(
      (s) => readinessOf([finding('low'), finding(s)]).score,
    );
    expect(scores[0]).toBeLessThan(scores[1]);
    expect(scores[1]).toBeLessThan(scores[2]);
  });

  it('never raises the score when a finding is added (monotone)', () => {
    let findings: { severity: Severity; quantumVulnerable: boolean }[] = [];
    let previous = readinessOf(findings).score;
    // A deterministic walk through every severity, with and without quantum vulnerability.
    for (let i = 0; i < 200; i += 1) {
      findings = [...findings, finding(SEVERITIES[(i * 7) % 5], i % 3 === 0)];
      const { score } = readinessOf(findings);
      expect(score).toBeLessThanOrEqual(previous);
      previous = score;
    }
  });

  it('returns an integer score from 0 to 100 and a band matching it', () => {
    const many = Array.from({ length: 300 }, () => finding('critical', true));
    const { score, band } = readinessOf(many);
    expect(Number.isInteger(score)).toBe(true);
    expect(score).toBeGreaterThanOrEqual(0);
    expect(band).toBe('critical');
  });
});
