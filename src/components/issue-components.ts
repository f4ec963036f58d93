// The components every issue may use without an import line, so an issue's file holds only
// the author's words and the widget tags. The issue page and the feed/email renderer both
// pass this map to the compiled MDX.
import Tip from './Tip.astro';
import TakeTheCallWidget from './TakeTheCallWidget.astro';
import CounterofferWidget from './CounterofferWidget.astro';

/** Tags an issue can write as they are: `<Tip>`, `<TakeTheCallWidget />`, `<CounterofferWidget />`. */
export const issueComponents = { Tip, TakeTheCallWidget, CounterofferWidget };
