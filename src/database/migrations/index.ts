import { InitialSchema1763888400000 } from './1763888400000-initial-schema';

/** In order of application; new migrations are appended, old ones never edited. */
export const MIGRATIONS = [InitialSchema1763888400000];
