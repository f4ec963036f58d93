// A Ghost JSON export (Settings → Labs → Export): `db[0].data` holds posts, tags and the
// posts_tags links between them. Pages are not issues and are left out; a post without
// rendered HTML (only Lexical or Mobiledoc) is reported, as converting those is Ghost's job.
import { normaliseDate } from './dates.ts';
import type { ParsedSource } from './model.ts';

type Row = Record<string, unknown>;

const str = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;

/** The tables of a Ghost export, or undefined when the JSON is not one. */
function ghostData(json: unknown): Row | undefined {
  const db = (json as Row | null)?.['db'];
  const first = Array.isArray(db) ? (db[0] as Row | undefined) : undefined;
  const data = first?.['data'] as Row | undefined;
  return data && Array.isArray(data['posts']) ? data : undefined;
}

/** Whether parsed JSON is a Ghost export. */
export function isGhost(json: unknown): boolean {
  return ghostData(json) !== undefined;
}

/** Every post of a Ghost export. */
export function parseGhost(json: unknown): ParsedSource {
  const data = ghostData(json);
  if (!data) throw new Error('This JSON is not a Ghost export: it has no db[0].data.posts.');
  const tags = new Map(((data['tags'] as Row[] | undefined) ?? []).map((t) => [t['id'], str(t['name'])]));
  const tagsOf = new Map<unknown, string[]>();
  for (const link of (data['posts_tags'] as Row[] | undefined) ?? []) {
    const name = tags.get(link['tag_id']);
    if (name && !name.startsWith('#'))
      tagsOf.set(link['post_id'], [...(tagsOf.get(link['post_id']) ?? []), name]);
  }
  const settings = (data['settings'] as Row[] | undefined) ?? [];
  const timeZone = str(settings.find((s) => s['key'] === 'timezone')?.['value']);
  const result: ParsedSource = { kind: 'ghost', timeZone, posts: [], failures: [] };
  (data['posts'] as Row[]).forEach((post, index) => {
    if ((str(post['type']) ?? 'post') !== 'post') return;
    const position = `posts[${index}]`;
    const title = str(post['title']);
    const html = str(post['html']);
    if (!title || !html) {
      result.failures.push({
        position,
        title,
        message: title
          ? 'The post has no "html"; export it again from a Ghost that renders it.'
          : 'The post has no title.',
      });
      return;
    }
    const slug = str(post['slug']);
    result.posts.push({
      kind: 'ghost',
      id: str(post['uuid']) ?? str(post['id']) ?? slug ?? title,
      position,
      title,
      date: normaliseDate(str(post['published_at']) ?? str(post['created_at'])),
      description: str(post['custom_excerpt']) ?? str(post['meta_description']),
      tags: tagsOf.get(post['id']) ?? [],
      draft: str(post['status']) !== 'published',
      url: slug ? `/${slug}/` : undefined,
      body: { html },
    });
  });
  return result;
}
