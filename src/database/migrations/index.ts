import { InitialSchema1763888400000 } from './1763888400000-initial-schema';
import { Webhooks1764590400000 } from './1764590400000-webhooks';

/** In order of application; new migrations are appended, old ones never edited. */
export const MIGRATIONS = [InitialSchema1763888400000, Webhooks1764590400000];
