/**
 * Refinements with their own message. A zod refinement that fails with only a default
 * message reads "Wrong value … Change this value to <message>"; rules that are more than
 * a type (unique ids, agreeing fields) say what is wrong and how to fix it instead.
 * src/read/yaml.ts turns these into positioned content messages.
 */
import type { z } from 'zod';

export interface FriendlyIssue {
  message: string;
  found?: string;
  expected: string;
  hint: string;
  rule?: string;
}

/** Report a friendly issue at `path` (relative to the refined value). */
export function addFriendlyIssue(ctx: z.core.$RefinementCtx, path: PropertyKey[], issue: FriendlyIssue): void {
  ctx.addIssue({ code: 'custom', path, message: issue.message, params: { friendly: issue } });
}
