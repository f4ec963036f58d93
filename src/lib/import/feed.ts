// RSS 2.0 and Atom feed files: the full post is in `content:encoded` (RSS) or `<content>`
// (Atom). Every feed item is published, so none are drafts.
import { XMLParser } from 'fast-xml-parser';
import { normaliseDate } from './dates.ts';
import { messageOf, type ParsedSource, type SourcePost } from './model.ts';

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  htmlEntities: true,
  isArray: (name) => ['item', 'entry', 'category', 'link'].includes(name),
});

/** The text of an element that may carry attributes (`<title type="html">…</title>`). */
function text(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'object') return text((value as Node)['#text']);
  const result = String(value).trim();
  return result || undefined;
}

/** Whether the XML is a feed, and which kind. */
export function feedKind(xml: string): 'rss' | 'atom' | undefined {
  const head = xml.slice(0, 4000);
  if (/<rss[\s>]/.test(head)) return 'rss';
  if (/<feed[\s>][^>]*xmlns="http:\/\/www\.w3\.org\/2005\/Atom"|<feed[\s>]/.test(head)) return 'atom';
  return undefined;
}

/** Every post in an RSS 2.0 or Atom feed; an item that cannot be read is a failure, not a stop. */
export function parseFeed(xml: string): ParsedSource {
  const kind = feedKind(xml);
  if (!kind) throw new Error('This XML is neither an RSS 2.0 (<rss>) nor an Atom (<feed>) feed.');
  let document: Node;
  try {
    document = parser.parse(xml) as Node;
  } catch (error) {
    throw new Error(`The feed is not well-formed XML: ${messageOf(error)}`, { cause: error });
  }
  const items =
    kind === 'rss'
      ? ((((document['rss'] as Node | undefined)?.['channel'] as Node | undefined)?.['item'] as
          Node[] | undefined) ?? [])
      : (((document['feed'] as Node | undefined)?.['entry'] as Node[] | undefined) ?? []);
  const result: ParsedSource = { kind, posts: [], failures: [] };
  items.forEach((item, index) => {
    const position = `${kind === 'rss' ? 'item' : 'entry'} ${index + 1}`;
    try {
      result.posts.push(kind === 'rss' ? rssPost(item, position) : atomPost(item, position));
    } catch (error) {
      result.failures.push({ position, title: text(item['title']), message: messageOf(error) });
    }
  });
  return result;
}

/** One RSS `<item>`. */
function rssPost(item: Node, position: string): SourcePost {
  const title = text(item['title']);
  if (!title) throw new Error('The item has no <title>.');
  const link = text((item['link'] as unknown[] | undefined)?.[0]);
  const html = text(item['content:encoded']) ?? text(item['description']);
  if (!html) throw new Error('The item has no content (<content:encoded> or <description>).');
  const summary = text(item['content:encoded']) ? text(item['description']) : undefined;
  return {
    kind: 'rss',
    id: text(item['guid']) ?? link ?? title,
    position,
    title,
    date: normaliseDate(text(item['pubDate']) ?? text(item['dc:date'])),
    description: summary,
    tags: ((item['category'] as unknown[] | undefined) ?? []).map(text).filter((t): t is string => !!t),
    draft: false,
    url: link,
    body: { html },
  };
}

/** One Atom `<entry>`. */
function atomPost(entry: Node, position: string): SourcePost {
  const title = text(entry['title']);
  if (!title) throw new Error('The entry has no <title>.');
  const links = (entry['link'] as Node[] | undefined) ?? [];
  const alternate = links.find((l) => (l['@_rel'] ?? 'alternate') === 'alternate') ?? links[0];
  const url = typeof alternate?.['@_href'] === 'string' ? alternate['@_href'] : undefined;
  const html = text(entry['content']) ?? text(entry['summary']);
  if (!html) throw new Error('The entry has no <content> or <summary>.');
  return {
    kind: 'atom',
    id: text(entry['id']) ?? url ?? title,
    position,
    title,
    date: normaliseDate(text(entry['published']) ?? text(entry['updated'])),
    description: text(entry['content']) ? text(entry['summary']) : undefined,
    tags: ((entry['category'] as Node[] | undefined) ?? [])
      .map((c) => (typeof c['@_term'] === 'string' ? c['@_term'] : text(c)))
      .filter((t): t is string => !!t),
    draft: false,
    url,
    body: { html },
  };
}
