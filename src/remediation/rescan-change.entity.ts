import { Column, Entity, PrimaryColumn } from 'typeorm';

export const RESCAN_CHANGES = ['new', 'carried', 'fixed', 'reopened', 'notObserved'] as const;
export type RescanChange = (typeof RESCAN_CHANGES)[number];

/** What a rescan did, item by item, in the order the import decided it: the rescan diff. */
@Entity({ name: 'rescan_changes' })
export class RescanChangeEntity {
  @PrimaryColumn({ name: 'scan_id', type: 'text' })
  scanId: string;

  @PrimaryColumn({ type: 'integer' })
  seq: number;

  @Column({ name: 'tenant_id', type: 'text' })
  tenantId: string;

  @Column({ type: 'text' })
  change: RescanChange;

  /** The new item for new/carried/reopened, the baseline item for fixed/notObserved. */
  @Column({ name: 'item_scan_id', type: 'text' })
  itemScanId: string;

  @Column({ name: 'item_remediation_id', type: 'text' })
  itemRemediationId: string;
}
