// The governance check's codes, by the short name findings use: each check module declares its own (checks/).
import { CHECKS } from './checks/index.ts';
import type { GovernanceCheck } from './checks/check.ts';

export type GovernanceCode = Omit<GovernanceCheck, 'entry' | 'change'>;
export type CodeKey = (typeof CHECKS)[number]['key'];

export const CODES = Object.fromEntries(CHECKS.map((c) => [c.key, c])) as unknown as Record<CodeKey, GovernanceCode>;
