// What the command prints: one table row per post, the problems, and a summary line.
import type { ImportPlan, PlannedIssue } from './plan.ts';

const VERBS: Record<PlannedIssue['action'], string> = {
  create: 'create',
  update: 'update',
  unchanged: 'unchanged',
  'skip-edited': 'skip (edited)',
  failed: 'FAILED',
};

/** A plain-text table, columns padded to their widest cell. */
export function table(rows: readonly (readonly string[])[]): string {
  const widths =
    rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  return rows
    .map((row) =>
      row
        .map((cell, column) => cell.padEnd(widths[column] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** The table of what the import does (or, with --dry-run, would do) to each post. */
export function planTable(plan: ImportPlan): string {
  const rows = plan.items.map((item) => [
    VERBS[item.action],
    item.number === undefined ? '' : `#${item.number}`,
    item.file ?? '',
    item.title.length > 48 ? `${item.title.slice(0, 47)}…` : item.title,
    item.position,
    item.draft ? 'draft' : '',
  ]);
  return table([['action', 'number', 'file', 'title', 'from', ''], ...rows]);
}

/** Every failure, skip and image problem, one line each, naming the post. */
export function problemLines(plan: ImportPlan): string[] {
  const lines: string[] = [];
  for (const item of plan.items) {
    const who = `${item.position} ("${item.title}")`;
    if (item.action === 'failed') lines.push(`✗ ${who}: ${item.message}`);
    if (item.action === 'skip-edited') lines.push(`• ${who}: ${item.file} was ${item.message}.`);
    for (const src of item.missing) lines.push(`! ${who}: image not found, left as a link: ${src}`);
    for (const what of item.removed ?? [])
      lines.push(`! ${who}: raw HTML removed by the allow-list: ${what}`);
    for (const src of item.svg ?? [])
      lines.push(
        `! ${who}: SVG image left out (from the site's address its scripts would run): save it as PNG and add it by hand: ${src}`,
      );
    for (const src of item.withoutAlt)
      lines.push(`! ${who}: image had no alt text, one was made up (check it): ${src}`);
  }
  return lines;
}

/** "12 created, 3 updated, …": the summary line. */
export function summaryLine(plan: ImportPlan): string {
  const count = (action: PlannedIssue['action']) => plan.items.filter((i) => i.action === action).length;
  const missing = plan.items.reduce((sum, i) => sum + i.missing.length, 0);
  return (
    `${count('create')} created, ${count('update')} updated, ${count('unchanged')} unchanged, ` +
    `${count('skip-edited')} skipped (edited), ${count('failed')} failed; ${missing} missing image(s); ` +
    `${plan.redirects.length} redirect(s)`
  );
}
