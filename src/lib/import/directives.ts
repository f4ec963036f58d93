// Markdown from other platforms, made to read here as it read there. With directives on (tips
// are `:::tip{#id title="…"}`), text like `16:9[^1]` or `:abbr[HTML]` would be a directive, and a
// docs theme's aside (`:::note`, `> [!NOTE]`) a block this site refuses: each is rewritten to
// what the author meant, a colon escaped or an aside as a quotation with its label.

/** GitHub's alerts (`> [!NOTE]`), by name. */
const ALERTS = new Set(['note', 'tip', 'important', 'warning', 'caution']);
const FENCE = /^\s*(`{3,}|~{3,})/;
const ASIDE_OPEN = /^(\s*):{3,}\s*([a-z]+)(?:\[([^\]]*)\])?(?:\s+(.*?))?\s*(?:\{[^}]*\})?\s*$/i;
const ASIDE_CLOSE = /^\s*:{3,}\s*$/;
const ALERT = /^(\s*>\s*)\[!([a-z]+)\]\s*$/i;
/** A tip as this site writes it: kept. */
const SITE_TIP = /^\s*:{3,}\s*tip\s*\{/i;

const label = (name: string) => `${name.charAt(0).toUpperCase()}${name.slice(1).toLowerCase()}`;

/**
 * A line outside code with every colon that would open a directive escaped: `::name` leading
 * a line (after quote and list marks), `:name[` and `:name{` anywhere but in code spans.
 */
export function escapeDirectiveText(line: string): string {
  const spans: string[] = [];
  const masked = line.replace(/(`+)[\s\S]*?\1/g, (code) => {
    spans.push(code);
    return `\uE000${spans.length - 1}\uE000`;
  });
  const escaped = masked
    .replace(/^((?:[\s>]|[*+-]\s|\d+[.)]\s)*)(:{2,}(?=[\p{L}\p{N}]))/u, '$1\\$2')
    .replace(/(?<![:\\])(:)(?=[\p{L}\p{N}][\p{L}\p{N}_-]*[[{])/gu, '\\:');
  return escaped.replace(/\uE000(\d+)\uE000/g, (_, index: string) => spans[Number(index)] ?? '');
}

/** The Markdown with docs-theme asides turned to labelled quotations and directive-like text escaped. */
export function markdownAsWritten(markdown: string): string {
  const out: string[] = [];
  let fence: string | undefined;
  let aside: string | undefined;
  for (const line of markdown.split('\n')) {
    const mark = FENCE.exec(line)?.[1];
    if (mark && (!fence || mark.startsWith(fence))) fence = fence ? undefined : mark;
    else if (fence) {
      out.push(aside === undefined ? line : `${aside}> ${line}`.trimEnd());
      continue;
    }
    if (mark) {
      out.push(aside === undefined ? line : `${aside}> ${line}`);
      continue;
    }
    if (aside !== undefined) {
      if (ASIDE_CLOSE.test(line)) aside = undefined;
      else out.push(`${aside}> ${escapeDirectiveText(line)}`.trimEnd());
      continue;
    }
    if (SITE_TIP.test(line)) {
      out.push(line);
      continue;
    }
    // Any other block is an aside of some theme (`:::note`, `:::details`): the build knows none.
    const open = ASIDE_OPEN.exec(line);
    if (open) {
      const [, indent = '', name = '', title, rest] = open;
      aside = indent;
      out.push(
        `${indent}> **${escapeDirectiveText(title?.trim() || rest?.trim() || label(name))}:**`,
        `${indent}>`,
      );
      continue;
    }
    const alert = ALERT.exec(line);
    if (alert && ALERTS.has((alert[2] ?? '').toLowerCase())) {
      out.push(`${alert[1]}**${label(alert[2] ?? '')}:**`);
      continue;
    }
    out.push(escapeDirectiveText(line));
  }
  return out.join('\n');
}
