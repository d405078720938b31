import { InitialSchema1763888400000 } from './1763888400000-initial-schema';
import { RescanAndBacklog1764590400000 } from './1764590400000-rescan-and-backlog';
import { Webhooks1764594000000 } from './1764594000000-webhooks';
import { RealFingerprints1764676800000 } from './1764676800000-real-fingerprints';
import { HistoryBulkId1764763200000 } from './1764763200000-history-bulk-id';
import { SlaSweepIndex1764849600000 } from './1764849600000-sla-sweep-index';
import { WeakScannerFingerprints1764936000000 } from './1764936000000-weak-scanner-fingerprints';
import { ScanCoveredLocations1764939600000 } from './1764939600000-scan-covered-locations';

/** In order of application; new migrations are appended, old ones never edited. */
export const MIGRATIONS = [
  InitialSchema1763888400000,
  RescanAndBacklog1764590400000,
  Webhooks1764594000000,
  RealFingerprints1764676800000,
  HistoryBulkId1764763200000,
  SlaSweepIndex1764849600000,
  WeakScannerFingerprints1764936000000,
  ScanCoveredLocations1764939600000,
];
