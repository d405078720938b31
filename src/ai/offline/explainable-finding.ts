/** A finding as the explainers see it: every field optional, all of it untrusted input. */
export interface ExplainableFinding {
  id?: string;
  title?: string;
  severity?: string;
  category?: string;
  algorithm?: string;
  keySize?: number;
  signatureAlgorithm?: string;
  /** e.g. "TLS 1.0", "tls", "TLSv1.1" */
  protocol?: string;
  protocolVersion?: string;
  cipherSuites?: string[];
  curve?: string;
  /** What the asset is (certificate, ssh-host-key, jwt, code-signing, secret, ...). */
  assetType?: string;
  notAfter?: string;
  notBefore?: string;
  selfSigned?: boolean;
  issuer?: string;
  subject?: string;
  host?: string;
  port?: number;
  assetId?: string;
  quantumVulnerable?: boolean;
  details?: Record<string, unknown>;
}

export interface ExplanationReference {
  title: string;
  url?: string;
}

export interface Explanation {
  summary: string;
  impact: string;
  nextSteps: string[];
  references: ExplanationReference[];
}

export type { Exposure } from '../../crypto/context';
