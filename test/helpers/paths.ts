// Where the test suite's shared inputs live, named once.
import path from 'node:path';

export const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..');
export const FIXTURES = path.join(REPO_ROOT, 'test', 'fixtures');
/** The small valid repository every fixture case and temporary repository starts from. */
export const BASE_FIXTURE = path.join(FIXTURES, 'base');
