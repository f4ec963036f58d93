// The tips of every published issue, each once, for /tips/ and its filter stylesheet.
import { publishedIssues } from './issues.ts';
import { listTips } from '../lib/tips/list.ts';

/** Every published tip once, and the topics that filter them. */
export async function allTips() {
  return listTips((await publishedIssues()).map((issue) => issue.data));
}
