import type { RuleSet } from '../domain/load-rules.ts';

export function formatRules(ruleSet: RuleSet): string {
  const lines: string[] = [];
  let total = 0;
  for (const ruleModule of ruleSet.modules) {
    lines.push(`${ruleModule.title} (${ruleModule.module} ${ruleModule.version}) — ${ruleModule.rules.length} rules`);
    for (const rule of ruleModule.rules) {
      const cites = rule.citations.map((citation) => `${citation.doc} ¶${citation.para}`).join(', ');
      const basis = rule.basis === 'practice' ? ' [practice]' : '';
      lines.push(`  ${rule.severity.padEnd(8)} ${rule.id}: ${rule.title}${basis}${cites ? ` (${cites})` : ''}`);
    }
    total += ruleModule.rules.length;
    lines.push('');
  }
  lines.push(`${ruleSet.modules.length} modules, ${total} rules`);
  return lines.join('\n');
}
