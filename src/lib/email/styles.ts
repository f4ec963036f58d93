// The email's look. BASE_CSS is inlined into every element (mail clients drop or ignore
// stylesheets); DARK_CSS stays as a <style> for the clients that honour it. Classes starting
// with "dm-" are the only ones left after inlining: DARK_CSS recolours through them.

/** The light scheme: the site's own colours. */
export const LIGHT = {
  page: '#f3f1ec',
  card: '#fdfcfa',
  text: '#1d1f23',
  muted: '#555a63',
  border: '#d9d5cc',
  accent: '#1f5fbf',
  success: '#1e6b34',
  buttonText: '#ffffff',
} as const;

/** The dark scheme: the site's dark theme. */
export const DARK = {
  page: '#14161a',
  card: '#1e2127',
  text: '#e8e6e1',
  muted: '#a9adb5',
  border: '#3a3f48',
  accent: '#8cb8ff',
  success: '#8fd6a0',
  buttonText: '#0d1117',
} as const;

const SANS = "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
const SERIF = "Charter, 'Bitstream Charter', 'Sitka Text', Cambria, Georgia, serif";

/** Inlined into the elements, then dropped: every element's look works without a stylesheet. */
export const BASE_CSS = `
.dm-page { margin: 0; padding: 0; background-color: ${LIGHT.page}; }
.wrapper { background-color: ${LIGHT.page}; }
.container { width: 100%; max-width: 600px; }
.dm-card { background-color: ${LIGHT.card}; color: ${LIGHT.text}; }
.masthead { padding: 20px 24px; border-bottom: 1px solid ${LIGHT.border}; font-family: ${SANS}; font-size: 17px; font-weight: 700; }
.masthead a { color: ${LIGHT.text}; text-decoration: none; }
.header { padding: 28px 24px 4px; font-family: ${SANS}; }
.label { margin: 0 0 8px; font-size: 13px; font-weight: 700; letter-spacing: 0.05em; text-transform: uppercase; color: ${LIGHT.accent}; }
.header h1 { margin: 0 0 8px; font-family: ${SANS}; font-size: 28px; line-height: 1.25; color: ${LIGHT.text}; }
.subtitle { margin: 0 0 12px; font-size: 18px; line-height: 1.4; color: ${LIGHT.muted}; }
.weblink { margin: 0; font-size: 15px; }
.weblink a { color: ${LIGHT.accent}; text-decoration: underline; }
.content { padding: 12px 24px 24px; font-family: ${SERIF}; font-size: 18px; line-height: 1.6; color: ${LIGHT.text}; overflow-wrap: break-word; word-wrap: break-word; }
.content p { margin: 0 0 16px; }
.content h2 { margin: 32px 0 12px; font-family: ${SANS}; font-size: 22px; line-height: 1.3; color: ${LIGHT.text}; }
.content h3 { margin: 0 0 8px; font-family: ${SANS}; font-size: 17px; line-height: 1.35; color: ${LIGHT.text}; }
.content a { color: ${LIGHT.accent}; text-decoration: underline; }
.content blockquote { margin: 0 0 16px; padding: 2px 0 2px 16px; border-left: 4px solid ${LIGHT.border}; color: ${LIGHT.muted}; font-style: italic; }
.content blockquote p { margin: 0; }
.content ul, .content ol { margin: 0 0 16px; padding-left: 24px; }
.content li { margin: 0 0 6px; }
.content img { max-width: 100%; height: auto; border: 0; }
.content pre { white-space: pre-wrap; font-size: 15px; }
.content .tip { margin: 24px 0; padding: 16px 20px; border: 1px solid ${LIGHT.border}; border-left: 4px solid ${LIGHT.success}; border-radius: 6px; background-color: ${LIGHT.page}; }
.content .tip-label { color: ${LIGHT.success}; }
.content .tip-body p { margin: 0 0 12px; }
.content .tip-body p:last-child { margin-bottom: 0; }
.content .callout { margin: 24px 0; border: 1px solid ${LIGHT.border}; border-left: 4px solid ${LIGHT.accent}; border-radius: 6px; background-color: ${LIGHT.page}; }
.content .callout-cell { padding: 16px 20px; }
.content .callout-label { margin: 0 0 4px; font-family: ${SANS}; font-size: 13px; font-weight: 700; letter-spacing: 0.05em; text-transform: uppercase; color: ${LIGHT.success}; }
.content .callout-text { margin: 0 0 16px; font-size: 17px; }
.content .dm-button { border-radius: 6px; background-color: ${LIGHT.accent}; }
.content .dm-button a { display: inline-block; padding: 12px 20px; font-family: ${SANS}; font-size: 16px; font-weight: 700; line-height: 1.2; color: ${LIGHT.buttonText}; text-decoration: none; }
.footer { padding: 24px; border-top: 1px solid ${LIGHT.border}; font-family: ${SANS}; font-size: 13px; line-height: 1.6; color: ${LIGHT.muted}; }
.footer p { margin: 0 0 8px; }
.footer a { color: ${LIGHT.muted}; text-decoration: underline; }
`;

/** Dark-mode overrides for one client's selector prefix ("" for prefers-color-scheme). */
function darkRules(prefix: string): string {
  const p = prefix ? `${prefix} ` : '';
  return `
${p}.dm-page { background-color: ${DARK.page} !important; }
${p}.dm-card { background-color: ${DARK.card} !important; }
${p}.dm-card, ${p}.dm-card p, ${p}.dm-card li, ${p}.dm-card h1, ${p}.dm-card h2, ${p}.dm-card h3, ${p}.dm-card td, ${p}.dm-card span, ${p}.dm-card strong, ${p}.dm-card em { color: ${DARK.text} !important; }
${p}.dm-card a, ${p}.dm-card .dm-accent { color: ${DARK.accent} !important; }
${p}.dm-card .dm-strong, ${p}.dm-card .dm-strong a { color: ${DARK.text} !important; }
${p}.dm-card .dm-muted, ${p}.dm-card .dm-muted p, ${p}.dm-card .dm-muted a, ${p}.dm-card blockquote, ${p}.dm-card blockquote p { color: ${DARK.muted} !important; }
${p}.dm-card .dm-success { color: ${DARK.success} !important; }
${p}.dm-card .dm-rule { border-top-color: ${DARK.border} !important; border-right-color: ${DARK.border} !important; border-bottom-color: ${DARK.border} !important; }
${p}.dm-card .dm-tip { background-color: ${DARK.page} !important; }
${p}.dm-card .dm-button { background-color: ${DARK.accent} !important; }
${p}.dm-card .dm-button a { color: ${DARK.buttonText} !important; }`;
}

/**
 * Kept as a <style>: the dark scheme for clients that follow the reader's setting (Apple Mail,
 * iOS, Outlook for Mac) and for Outlook.com, which marks its dark mode with [data-ogsc] (text)
 * and [data-ogsb] (backgrounds). Clients
 * that invert colours instead (Gmail apps, Outlook for Windows) get the light colours inverted:
 * every text and background colour is set in pairs, so contrast survives the inversion.
 */
export const DARK_CSS = `
:root { color-scheme: light dark; supported-color-schemes: light dark; }
@media (prefers-color-scheme: dark) {${darkRules('')}
}
${darkRules('[data-ogsc]')}
${darkRules('[data-ogsb]')}
`;

/** The classes DARK_CSS reads: the only ones left in the email after inlining. */
export const DARK_MODE_CLASSES: ReadonlySet<string> = new Set(
  [...DARK_CSS.matchAll(/\.(dm-[\w-]+)/g)].map((match) => match[1] ?? ''),
);
