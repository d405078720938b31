import { FindingType } from '../../crypto/finding-types';

/** A dated milestone of a standard, as the knowledge base states it (src/crypto/knowledge-base.ts). */
export interface Deadline {
  standard: string;
  /** The last day before the milestone applies, YYYY-MM-DD. */
  date: string;
}

const IR_8547_2030: Deadline = { standard: 'NIST IR 8547 (draft)', date: '2030-12-31' };
const IR_8547_2035: Deadline = { standard: 'NIST IR 8547 (draft)', date: '2035-12-31' };
const CNSA_2_2030: Deadline = { standard: 'CNSA 2.0', date: '2030-12-31' };

/**
 * The dated deadlines per finding type. Types whose knowledge entry says "already disallowed"
 * or "now" have no date still ahead and are absent: they show up as severity and SLA instead.
 * "Deprecated after 2030" is read as "replace by the end of 2030".
 */
const DEADLINES: Partial<Record<FindingType, Deadline>> = {
  quantum_vulnerable_rsa: IR_8547_2030,
  quantum_vulnerable_dh: IR_8547_2030,
  quantum_vulnerable_ecc: IR_8547_2035,
  rsa_key_transport: IR_8547_2035,
  no_hybrid_kex: IR_8547_2035,
  ssh_no_pq_kex: IR_8547_2035,
  dsa_key: IR_8547_2035,
  elgamal_key: IR_8547_2035,
  jwt_quantum_vulnerable_signature: IR_8547_2035,
  long_lived_data_classical_kex: IR_8547_2035,
  quantum_vulnerable_code_signing: CNSA_2_2030,
};

export function deadlineOf(type: FindingType): Deadline | null {
  return DEADLINES[type] ?? null;
}

/** The earliest deadline still ahead (on or after `today`, YYYY-MM-DD) among these types. */
export function nearestDeadline(types: Iterable<FindingType>, today: string): Deadline | null {
  let best: Deadline | null = null;
  for (const type of new Set(types)) {
    const d = deadlineOf(type);
    if (!d || d.date < today) continue;
    if (!best || d.date < best.date || (d.date === best.date && d.standard < best.standard))
      best = d;
  }
  return best;
}
