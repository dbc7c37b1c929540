import type { z } from 'zod';

/** One line per problem: the field path, then what is wrong, in plain words. */
export function formatIssues(error: z.ZodError): string[] {
  return error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map(
        (key) => `${formatPath([...issue.path, key])}: is not a field of this file (check the spelling)`,
      );
    }
    const path = issue.path.length > 0 ? formatPath(issue.path) : '(whole file)';
    return [`${path}: ${issue.message}`];
  });
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index > 0 ? '.' : ''}${String(key)}`))
    .join('');
}
