/**
 * The offline phrasing of a scan brief: fixed templates per audience over the computed facts.
 * Every number it writes is a fact; a sentence borrowed from the knowledge base that carries a
 * number of its own is left out rather than risk stating something that is not a fact.
 */
import { exposureOf } from '../../crypto/context';
import { FindingType } from '../../crypto/finding-types';
import { knowledgeFor } from '../../crypto/knowledge-base';
import { REF, Reference } from '../../crypto/references';
import { ANSWER_LIMITS } from '../explain.dto';
import { Audience } from '../explain-scan.dto';
import { allowedQuantities, inventedQuantities } from './quantities';
import { KeyRisk, ScanBriefFacts, ScanFacts } from './scan-facts';

export interface BriefText {
  summary: string;
  impact: string;
  nextSteps: string[];
}

export interface BriefRequest extends ScanBriefFacts {
  audience: Audience;
  context?: string;
}

/** The references of the key risks' knowledge entries, and the PQC standards. */
export function briefReferences(riskTypes: Record<string, FindingType>): Reference[] {
  const refs = new Map<string, Reference>();
  for (const type of new Set(Object.values(riskTypes)))
    for (const ref of knowledgeFor(type).references) refs.set(ref.title, ref);
  for (const ref of [REF.ir8547, REF.fips203, REF.fips204]) refs.set(ref.title, ref);
  return [...refs.values()];
}

export function offlineBrief(request: BriefRequest): BriefText {
  const allowed = allowedQuantities(request.facts, request.keyRisks);
  const keep = (text: string): boolean => inventedQuantities(text, allowed).length === 0;
  const text =
    request.audience === 'engineering' ? engineering(request, keep) : executive(request, keep);
  return {
    summary: clip(text.summary, ANSWER_LIMITS.summaryChars),
    impact: clip(text.impact, ANSWER_LIMITS.impactChars),
    nextSteps: text.nextSteps
      .slice(0, ANSWER_LIMITS.maxNextSteps)
      .map((s) => clip(s, ANSWER_LIMITS.stepChars)),
  };
}

function executive(r: BriefRequest, keep: (t: string) => boolean): BriefText {
  const f = r.facts;
  const summary = [
    `The scan of ${targetOf(f)} found ${f.findingCount} findings, ${f.quantumVulnerable} of them quantum-vulnerable; its post-quantum readiness score is ${f.readiness.score} (${f.readiness.band}).`,
    rescanSentence(f),
    `Of its backlog, ${f.byStatus.done} items are done and ${f.byStatus.open} are still open.`,
  ];
  const impact = [
    `${f.bySeverity.critical} critical and ${f.bySeverity.high} high-severity findings are business risks today, and ${f.slaBreaches} items are past their remediation SLA.`,
    f.nearestDeadline
      ? `The nearest standard deadline is ${f.nearestDeadline.standard} on ${f.nearestDeadline.date}: quantum-vulnerable key exchange and signatures must be replaced before then, and data recorded today can be decrypted later.`
      : 'No dated standard deadline lies ahead for these findings: the weaknesses found are unsafe or disallowed already.',
    exposureSentence(r.context),
  ];
  const steps: string[] = [];
  if (f.slaBreaches > 0)
    steps.push(
      `Fund the ${f.slaBreaches} items past their SLA first: each is a missed commitment.`,
    );
  for (const risk of r.keyRisks) steps.push(`Fund the fix of ${riskName(risk)}: ${risk.why}.`);
  if (f.nearestDeadline)
    steps.push(
      `Budget the move to post-quantum algorithms (ML-KEM, FIPS 203; ML-DSA, FIPS 204) to finish before ${f.nearestDeadline.date}.`,
    );
  steps.push(
    'Ask for a rescan once the fixes are in, to confirm them and lift the readiness score.',
  );
  return {
    summary: join(summary),
    impact: join(impact),
    nextSteps: steps.filter(keep),
  };
}

function engineering(r: BriefRequest, keep: (t: string) => boolean): BriefText {
  const f = r.facts;
  const s = f.bySeverity;
  const summary = [
    `Scan ${f.scanId} of ${targetOf(f)}: ${f.findingCount} findings (${s.critical} critical, ${s.high} high, ${s.medium} medium, ${s.low} low, ${s.info} info), ${f.quantumVulnerable} quantum-vulnerable; readiness score ${f.readiness.score} (${f.readiness.band}).`,
    rescanSentence(f),
  ];
  const impact = [
    `Backlog: ${f.byStatus.open} open, ${f.byStatus.in_progress} in progress, ${f.byStatus.blocked} blocked, ${f.byStatus.done} done; ${f.slaBreaches} items are past their SLA.`,
    f.nearestDeadline
      ? `The nearest dated deadline is ${f.nearestDeadline.standard} on ${f.nearestDeadline.date}; classical key exchange and signatures need a post-quantum replacement by then.`
      : 'No dated deadline lies ahead for these findings: the weaknesses are fixable now.',
    exposureSentence(r.context),
  ];
  const steps: string[] = [];
  for (const risk of r.keyRisks) {
    const entry = knowledgeFor(r.riskTypes[risk.remediationId] ?? 'unknown');
    const advice = [
      entry.nextSteps[0],
      entry.replacements[0] && `Replace with ${entry.replacements[0]}.`,
    ]
      .filter((t): t is string => Boolean(t) && keep(t))
      .map((t) => t.replace(/\.?$/, '.'));
    steps.push(
      `${riskName(risk)}: ${advice.join(' ') || 'review the finding and remove or replace the weak cryptography.'}`,
    );
  }
  steps.push(
    'Rescan the target after the changes: the rescan marks fixed items and verifies them.',
  );
  return { summary: join(summary), impact: join(impact), nextSteps: steps.filter(keep) };
}

function targetOf(f: ScanFacts): string {
  return f.target ?? 'an unnamed target';
}

function riskName(risk: KeyRisk): string {
  return `${risk.remediationId} (${clip(risk.title, 120)})`;
}

function rescanSentence(f: ScanFacts): string {
  if (!f.rescan) return 'It is the first scan of its target, so nothing was compared.';
  const c = f.rescan.counts;
  return `Compared with the previous scan: ${c.new} new, ${c.fixed} fixed, ${c.reopened} reopened.`;
}

function exposureSentence(context: string | undefined): string {
  const exposure = exposureOf(context);
  if (exposure === 'external')
    return 'The context says the target faces the internet, which makes every item more urgent.';
  if (exposure === 'internal')
    return 'The context says the target is internal, which lowers the urgency but not the deadlines.';
  return '';
}

function join(sentences: string[]): string {
  return sentences.filter(Boolean).join(' ');
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
