// What a change does to the published lists, as a semantic-version bump.
export type Bump = 'none' | 'patch' | 'minor' | 'major';
export const BUMPS: Bump[] = ['none', 'patch', 'minor', 'major'];
export const maxBump = (a: Bump, b: Bump): Bump => (BUMPS.indexOf(a) >= BUMPS.indexOf(b) ? a : b);
