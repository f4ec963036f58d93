// The HTML edition: one 600 px column of tables, every style inlined (juice), no script, no
// external stylesheet or font, every link absolute, a hidden preheader, and a dark scheme.
import juice from 'juice';
import { load } from 'cheerio';
import { displayPublicationDay } from '../content/dates.ts';
import { escapeHtml, parseFragment } from '../syndication/dom.ts';
import { emailSubject, type EmailEdition } from './edition.ts';
import { BASE_CSS, DARK_CSS, DARK_MODE_CLASSES, LIGHT } from './styles.ts';

/** Gmail clips messages over 102 KB, hiding the end (and the unsubscribe link). */
export const GMAIL_CLIP_BYTES = 102 * 1024;

/** Words the email says around the author's. */
export const EMAIL_TEXT = {
  readOnWeb: 'Read it on the web',
  why: (name: string) => `You’re receiving this because you subscribed to ${name}.`,
  forwarded: 'Forwarded to you?',
  subscribe: 'Subscribe',
  unsubscribe: 'Unsubscribe',
} as const;

/**
 * The issue's body made safe for mail clients: `<aside>` and `<section>` become `<div>` (old
 * Outlook ignores elements it does not know) and `<q>` becomes `<span>` (the author's text
 * already has its quotation marks; some clients would add a second pair).
 */
export function emailBody(bodyHtml: string): string {
  const $ = parseFragment(bodyHtml);
  $('aside, section, article, figure, figcaption, header, footer, nav, main').each((_, element) => {
    element.name = 'div';
  });
  $('q').each((_, element) => {
    element.name = 'span';
  });
  // The site's tips get the dark-mode hooks their email styles need.
  $('.tip').addClass('dm-tip dm-rule');
  $('.tip-label').addClass('dm-success');
  return $.html();
}

/** A hidden preheader: the description, padded so inboxes do not run on into the body text. */
function preheader(description: string): string {
  const padding = '&#847;&zwnj;&nbsp;'.repeat(40);
  return `<div style="display:none;max-height:0;max-width:0;overflow:hidden;opacity:0;font-size:1px;line-height:1px;color:${LIGHT.page};mso-hide:all;">${escapeHtml(description)}${padding}</div>`;
}

/** The document before inlining: classes everywhere, BASE_CSS still to be applied. */
function template(edition: EmailEdition): string {
  const { issue, site } = edition;
  const web = escapeHtml(issue.url);
  const subtitle = issue.subtitle ? `<p class="subtitle dm-muted">${escapeHtml(issue.subtitle)}</p>` : '';
  return `<!DOCTYPE html>
<html lang="${escapeHtml(site.lang)}" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="x-apple-disable-message-reformatting">
<meta name="format-detection" content="telephone=no, date=no, address=no, email=no">
<meta name="color-scheme" content="light dark">
<meta name="supported-color-schemes" content="light dark">
<title>${escapeHtml(emailSubject(issue))}</title>
</head>
<body class="dm-page">
${preheader(issue.description)}
<table role="presentation" class="wrapper dm-page" width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="${LIGHT.page}"><tr><td align="center">
<!--[if mso]><table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0"><tr><td><![endif]-->
<table role="presentation" class="container dm-card" width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="${LIGHT.card}">
<tr><td class="masthead dm-rule dm-strong"><a href="${escapeHtml(site.homeUrl)}">${escapeHtml(site.name)}</a></td></tr>
<tr><td class="header">
<p class="label dm-accent">Issue #${issue.number} · ${escapeHtml(displayPublicationDay(issue.date, issue.dateOffset))}</p>
<h1>${escapeHtml(issue.title)}</h1>
${subtitle}
<p class="weblink"><a href="${web}">${EMAIL_TEXT.readOnWeb}</a></p>
</td></tr>
<tr><td class="content">
${emailBody(edition.bodyHtml)}
</td></tr>
<tr><td class="footer dm-muted dm-rule">
<p>${escapeHtml(EMAIL_TEXT.why(site.name))} <a href="${escapeHtml(site.unsubscribeUrl)}">${EMAIL_TEXT.unsubscribe}</a></p>
<p>${EMAIL_TEXT.forwarded} <a href="${escapeHtml(site.subscribeUrl)}">${EMAIL_TEXT.subscribe}</a> · <a href="${web}">${EMAIL_TEXT.readOnWeb}</a></p>
</td></tr>
</table>
<!--[if mso]></td></tr></table><![endif]-->
</td></tr></table>
</body>
</html>
`;
}

/**
 * The HTML edition of an issue: BASE_CSS inlined into each element, then every class removed
 * except the dark-mode hooks DARK_CSS reads, which is added last as the only stylesheet.
 */
export function emailHtml(edition: EmailEdition): string {
  const inlined = juice.inlineContent(template(edition), BASE_CSS, {
    applyWidthAttributes: false,
    applyHeightAttributes: false,
    preserveImportant: true,
    resolveCSSVariables: false,
  });
  const $ = load(inlined);
  $('[class]').each((_, element) => {
    const kept = (element.attribs['class'] ?? '').split(/\s+/).filter((name) => DARK_MODE_CLASSES.has(name));
    if (kept.length > 0) $(element).attr('class', kept.join(' '));
    else $(element).removeAttr('class');
  });
  $('head').append(`<style>${DARK_CSS.trim()}</style>`);
  return $.html();
}

/** The size of the email in bytes, as it goes over the wire (UTF-8). */
export function byteSize(text: string): number {
  return new TextEncoder().encode(text).byteLength;
}
