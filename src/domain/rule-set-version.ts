/**
 * A rule-set version is "module@x.y.z" for every module, space-separated
 * (load-rules.ts). This says, in plain words, which modules differ between two.
 */
export function ruleSetChanges(then: string, now: string): string[] {
  const before = modules(then);
  const after = modules(now);
  const changes: string[] = [];
  for (const [name, version] of after) {
    const old = before.get(name);
    if (old === undefined) changes.push(`${name} ${version} was added`);
    else if (old !== version) changes.push(`${name} changed from ${old} to ${version}`);
  }
  for (const [name, version] of before) if (!after.has(name)) changes.push(`${name} ${version} was removed`);
  return changes;
}

function modules(version: string): Map<string, string> {
  return new Map(
    version
      .split(/[\s,]+/)
      .filter(Boolean)
      .map((part) => {
        const at = part.lastIndexOf('@');
        return at < 0 ? [part, '?'] : [part.slice(0, at), part.slice(at + 1)];
      }),
  );
}
