import type { APIRoute, GetStaticPaths } from 'astro';
import { emailPaths, issueEmail } from '../../../collections/email.ts';
import type { Issue } from '../../../collections/issues.ts';

export const getStaticPaths = (() => emailPaths()) satisfies GetStaticPaths;

/** The plain-text edition of an issue's email (/issues/57/email.txt), as `npm run email` writes it. */
export const GET: APIRoute<{ issue: Issue }> = async ({ props, site }) => {
  const { text } = await issueEmail(props.issue, site);
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
