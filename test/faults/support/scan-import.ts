import { timedRequest, TimedResponse } from './timed-http';

/** `count` findings with distinct hosts: strong fingerprints, one backlog item each. */
export function hostFindings(count: number, prefix: string) {
  return Array.from({ length: count }, (_, i) => ({
    title: `RSA-2048 certificate #${i + 1}`,
    algorithm: 'RSA',
    keySize: 2048,
    host: `${prefix}-${i + 1}.fault.example`,
    port: 443,
  }));
}

/** POST /tenant/scans with a target (so that a later import of it is a rescan), never throwing. */
export function postScan(
  url: string,
  operatorKey: string,
  target: string,
  findings: unknown[],
  timeoutMs = 60_000,
): Promise<TimedResponse> {
  return timedRequest(url, 'POST', '/tenant/scans', {
    key: operatorKey,
    body: { target, label: `fault suite ${target}`, findings },
    timeoutMs,
  });
}
