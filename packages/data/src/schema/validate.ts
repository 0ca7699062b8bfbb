import type { z } from 'zod';

export type ValidationResult<T> = { ok: true; data: T } | { ok: false; errors: string[] };

/** `programmes[3].period.end` from zod's path array, prefixed with the topic. */
export function formatPath(root: string, path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : `${out}.${String(key)}`),
    root,
  );
}

export function formatIssue(root: string, issue: z.core.$ZodIssue): string {
  return `${formatPath(root, issue.path)}: ${issue.message}`;
}

/** Parses `value` with `schema`; every problem comes back as `path: message`, never as a throw. */
export function validateTopic<S extends z.ZodType>(
  root: string,
  schema: S,
  value: unknown,
): ValidationResult<z.infer<S>> {
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, data: result.data };
  return { ok: false, errors: result.error.issues.map((issue) => formatIssue(root, issue)) };
}
