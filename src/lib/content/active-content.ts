// Issues are the author's words, rendered as written, so markup that runs code (a script, an
// iframe, an `on…` handler, a `javascript:` link) would reach the site's HTML and, before the
// feed sanitiser, every reader's feed. The build points each one out, by file and line.

/** One piece of active markup in an issue's source. */
export interface ActiveContent {
  /** 1-based line in the file, frontmatter included. */
  line: number;
  /** What it is, in words: "a <script> element". */
  what: string;
  /** The line as written, trimmed and shortened. */
  excerpt: string;
}

const CHECKS: readonly [RegExp, (match: RegExpExecArray) => string][] = [
  [/<script\b/gi, () => 'a <script> element'],
  [/<iframe\b/gi, () => 'an <iframe> element'],
  [/<(?:object|embed|frame|frameset)\b/gi, (m) => `an ${m[0].slice(1).toLowerCase()} element`],
  [/(?:javascript|vbscript)\s*:/gi, (m) => `a ${m[0].replace(/\s*:$/, '').toLowerCase()}: link`],
  [/<[a-z][\w:-]*\b[^>]*?\s(on[a-z]+)\s*=/gi, (m) => `an ${m[1]?.toLowerCase() ?? 'on…'} attribute (an event handler)`],
  [/\ssrcdoc\s*=/gi, () => 'a srcdoc attribute'],
  [/http-?equiv\s*=\s*["']?refresh/gi, () => 'a <meta http-equiv="refresh"> (it sends readers away)'],
  [/\b(?:href|src|action)\s*=\s*[{"'\s]*data:(?!image\/(?:png|jpe?g|gif|webp|avif)[;,])/gi, () => 'a data: URL'],
];

/**
 * Every script, iframe, event-handler attribute and `javascript:` link in an MDX source, line by
 * line. Code (fenced blocks and `inline code`) is skipped: there the words are shown, not run.
 */
export function findActiveContent(source: string): ActiveContent[] {
  const found: ActiveContent[] = [];
  codeFreeLines(source).forEach(({ line, text }, index) => {
    for (const [pattern, describe] of CHECKS) {
      pattern.lastIndex = 0;
      for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
        const trimmed = line.trim();
        found.push({
          line: index + 1,
          what: describe(match),
          excerpt: trimmed.length > 80 ? `${trimmed.slice(0, 77)}…` : trimmed,
        });
      }
    }
  });
  return found.sort((a, b) => a.line - b.line);
}

/**
 * Each line of a Markdown or MDX source as written (`line`) and with its code blanked (`text`):
 * fenced blocks emptied and `inline code` turned to spaces, as there the words are shown, not run.
 */
export function codeFreeLines(source: string): { line: string; text: string }[] {
  let fence: string | null = null;
  return source.split(/\r\n?|\n/).map((raw, index) => {
    const line = index === 0 ? raw.replace(/^\uFEFF/, '') : raw;
    const opener = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (opener && (fence === null || opener.startsWith(fence))) {
      fence = fence === null ? opener : null;
      return { line, text: '' };
    }
    if (fence !== null) return { line, text: '' };
    return { line, text: line.replace(/`[^`]*`/g, (code) => ' '.repeat(code.length)) };
  });
}

/** One line per finding, "file:line: what — excerpt", for the build log. */
export function activeContentReport(file: string, findings: readonly ActiveContent[]): string[] {
  return findings.map((f) => `${file}:${f.line}: ${f.what} — ${f.excerpt}`);
}

/** The message that fails a strict build, with what to do about it. */
export function activeContentError(lines: readonly string[]): string {
  return [
    'Issues contain markup that runs code, which a strict build (--strict or STRICT_CONTENT=1) refuses:',
    ...lines.map((line) => `  ${line}`),
    'Remove it, or use a widget component instead; feeds and emails drop it either way.',
  ].join('\n');
}

/** Whether this build refuses active content: `astro build --strict`, or STRICT_CONTENT set to 1 or true. */
export function isStrictContent(argv: readonly string[], env: Record<string, string | undefined>): boolean {
  return argv.includes('--strict') || /^(1|true|yes)$/i.test(env['STRICT_CONTENT'] ?? '');
}
