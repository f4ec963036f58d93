// How a widget appears in the email: mail clients run no scripts, so each interactive widget
// becomes a short callout saying what it does, with a button to use it in the web edition.
import { escapeHtml } from '../syndication/dom.ts';
import type { Widget } from '../syndication/html.ts';

/** The button's words in every widget callout. */
export const CALLOUT_BUTTON_TEXT = 'Use it on the website';

/**
 * A widget's callout: its title, what it does, and a button linking to the widget's anchor on
 * the issue page. Tables, because Outlook lays out nothing else reliably; the classes are read
 * by the email's stylesheet (inlined, then removed) and its dark-mode rules.
 */
export function emailWidgetCallout(widget: Widget): string {
  const url = escapeHtml(widget.url);
  const description = widget.description
    ? `<p class="callout-text">${escapeHtml(widget.description)}</p>`
    : '';
  return [
    `<table role="presentation" class="callout dm-tip dm-rule" width="100%" cellpadding="0" cellspacing="0" border="0" data-widget-callout="${escapeHtml(widget.kind)}">`,
    '<tr><td class="callout-cell">',
    `<p class="callout-label dm-success">Interactive</p>`,
    `<h3 class="callout-title">${escapeHtml(widget.title)}</h3>`,
    description,
    '<table role="presentation" class="button-table" cellpadding="0" cellspacing="0" border="0"><tr>',
    `<td class="dm-button" bgcolor="#1f5fbf"><a href="${url}">${CALLOUT_BUTTON_TEXT}</a></td>`,
    '</tr></table>',
    '</td></tr></table>',
  ].join('');
}
