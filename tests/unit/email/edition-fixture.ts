// The issue every email-edition test renders: a body with both widgets, a tip, a quotation, a
// list and an image, prepared as the site prepares it, and the edition around it.
import { emailWidgetCallout } from '../../../src/lib/email/callout.ts';
import { type EmailEdition } from '../../../src/lib/email/edition.ts';
import { escapeHtml } from '../../../src/lib/syndication/dom.ts';
import { prepareContentHtml } from '../../../src/lib/syndication/html.ts';

/** The web edition's address. */
export const issueUrl = 'https://news.example/issues/58/';
/** A widget as the issue page renders it, with the data attributes the callout reads. */
const widget = (id: string, title: string, description: string) =>
  `<div data-widget="${id}" id="${id}" data-widget-title="${escapeHtml(title)}" data-widget-description="${escapeHtml(description)}" data-widget-url="https://news.example/tools/${id}/"><form><input type="radio"><button>Go</button></form><script>1</script></div>`;

/** The issue body, as the site hands it to the email edition. */
const body = prepareContentHtml(
  [
    '<p>Intro with <a href="/about/">a link</a> &amp; a <q class="example">“quote”</q>.</p>',
    widget('take-the-call', 'Should I take the call?', 'Answer four questions.'),
    '<h2 id="why">Why</h2>',
    '<aside class="tip"><h3 class="tip-title"><span class="tip-label">Tip:</span> Take it</h3><div class="tip-body"><p>Always take the call.</p></div></aside>',
    '<blockquote><p>A reader asked.</p></blockquote>',
    '<ul><li>One</li><li>Two <a href="/about/">again</a></li></ul>',
    widget('counteroffer', 'Counteroffer builder', 'Compare the offers.'),
    '<p>Last <img src="/x.png" alt="a chart"> line.</p>',
  ].join('\n'),
  { pageUrl: issueUrl, siteUrl: 'https://news.example/', widget: emailWidgetCallout },
);

/** Issue #58's email edition with that body. */
export const edition: EmailEdition = {
  issue: {
    number: 58,
    title: 'Ask for the Level <You> Want',
    subtitle: 'Before you sign',
    description: 'How to ask for the level you want & get it.',
    date: new Date('2026-12-02T00:00:00Z'),
    dateOffset: 0,
    url: issueUrl,
  },
  site: {
    name: 'Career Quick Tips',
    homeUrl: 'https://news.example/',
    subscribeUrl: 'https://news.example/subscribe',
    unsubscribeUrl: '{{unsubscribe_url}}',
    lang: 'en',
  },
  bodyHtml: body,
};
