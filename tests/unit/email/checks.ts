import { load } from 'cheerio';
import { GMAIL_CLIP_BYTES, byteSize } from '../../../src/lib/email/html.ts';

/**
 * What makes an HTML email safe to send, as a list of problems (empty when there are none):
 * no script, no external stylesheet or font, only absolute links (or the unsubscribe merge
 * tag), no class that only a stylesheet gives meaning to, and small enough not to be clipped.
 */
export function checkEmailHtml(html: string, options: { unsubscribeUrl: string }): string[] {
  const problems: string[] = [];
  const $ = load(html);
  if (/<script/i.test(html)) problems.push('has a <script>');
  if ($('link[rel~="stylesheet"], link[href]').length > 0) problems.push('links a stylesheet');
  const css = $('style').text();
  if (/@import|@font-face|url\(/i.test(css) || /url\(/i.test(html))
    problems.push('loads a font, stylesheet or image from CSS');
  if (byteSize(html) > GMAIL_CLIP_BYTES)
    problems.push(`is ${byteSize(html)} bytes, over Gmail's ${GMAIL_CLIP_BYTES}`);

  $('[href], [src], [srcset], [background], [action]').each((_, element) => {
    for (const name of ['href', 'src', 'background', 'action']) {
      const value = element.attribs[name];
      if (value === undefined || value === options.unsubscribeUrl) continue;
      if (!/^(https?:\/\/[^/]|mailto:)/.test(value))
        problems.push(`<${element.name} ${name}="${value}"> is not absolute`);
    }
    if (element.attribs['srcset'] !== undefined) {
      for (const candidate of element.attribs['srcset'].split(/,\s+/)) {
        if (!/^https?:\/\//.test(candidate.trim()))
          problems.push(`srcset candidate "${candidate}" is not absolute`);
      }
    }
  });

  // A class may stay only as a hook for the dark-mode stylesheet, on an element whose own look
  // is inlined: take the stylesheet away and nothing changes in the light scheme.
  const styled = new Set([...css.matchAll(/\.([\w-]+)/g)].map((match) => match[1]));
  $('body [class], body[class]').each((_, element) => {
    for (const name of (element.attribs['class'] ?? '').split(/\s+/).filter(Boolean)) {
      if (!styled.has(name))
        problems.push(`<${element.name} class="${name}"> depends on a stylesheet the email does not have`);
    }
    if (!element.attribs['style'])
      problems.push(`<${element.name} class="${element.attribs['class']}"> has no inline style`);
  });
  return problems;
}
