import { CASE_SCHEMA_VERSION, CaseFile } from './case.schema.ts';
import { isPlainObject, mergeAnswers } from './merge-answers.ts';
import { upgradeCaseAnswers } from './migrate.ts';

/** Codename used for the live assessment while the real one is still empty or invalid. */
export const PLACEHOLDER_CODENAME = 'UNNAMED OPERATION';

/**
 * The live panel must assess a case while it is being typed, when some answers are
 * not yet valid. This reads the answers as a valid case file by setting aside each
 * invalid answer (it then counts as unanswered); the answers themselves are not changed.
 */
export function caseForAssessment(answers: unknown): { caseFile: CaseFile; setAside: string[] } {
  // A copy: the answers themselves are never changed.
  const current = upgradeCaseAnswers(answers);
  let candidate: unknown = mergeAnswers(isPlainObject(current) ? current : {}, { schemaVersion: CASE_SCHEMA_VERSION });
  const setAside: string[] = [];
  // One problem per round: removing a list item shifts the paths of the problems after it.
  for (let attempt = 0; attempt < 100; attempt++) {
    const parsed = CaseFile.safeParse(candidate);
    if (parsed.success) return { caseFile: parsed.data, setAside };
    const issue = parsed.error.issues[0]!;
    const target = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
    setAside.push(target.map(String).join('.'));
    candidate = removeAt(candidate, target);
  }
  const fallback = CaseFile.parse({ schemaVersion: CASE_SCHEMA_VERSION, operation: { codename: PLACEHOLDER_CODENAME } });
  return { caseFile: fallback, setAside: [...setAside, '(everything)'] };
}

/** Removes the answer at `path`; the codename, which is required, gets a placeholder instead. */
function removeAt(root: unknown, path: readonly PropertyKey[]): unknown {
  if (path.length === 0) return { schemaVersion: CASE_SCHEMA_VERSION };
  if (path.join('.') === 'operation.codename') {
    const operation = ((root as Record<string, unknown>).operation ?? {}) as Record<string, unknown>;
    return { ...(root as object), operation: { ...operation, codename: PLACEHOLDER_CODENAME } };
  }
  let node = root as Record<PropertyKey, unknown>;
  for (const key of path.slice(0, -1)) {
    const child = node?.[key as string];
    if (child === null || typeof child !== 'object') return root;
    node = child as Record<PropertyKey, unknown>;
  }
  const last = path[path.length - 1] as string | number;
  // A required answer that is missing cannot be set aside by itself: set aside what holds it.
  if (!(last in node)) return removeAt(root, path.slice(0, -1));
  if (Array.isArray(node) && typeof last === 'number') node.splice(last, 1);
  else delete node[last];
  return root;
}
