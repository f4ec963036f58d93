// The stylesheet behind /tips/'s topic chips: they filter with CSS alone (:target), so the page
// stays free of JavaScript. A file, not an inline <style>, so the CSP needs no new hash.
import type { APIRoute } from 'astro';
import { allTips } from '../collections/tips.ts';
import { tipFilterCss } from '../lib/tips/list.ts';

export const GET: APIRoute = async () => {
  const { topics } = await allTips();
  return new Response(tipFilterCss(topics.map((topic) => topic.slug)), {
    headers: { 'Content-Type': 'text/css; charset=utf-8' },
  });
};
