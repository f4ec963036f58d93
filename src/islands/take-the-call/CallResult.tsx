// Modules, not the call-advice barrel, so the questions and URL code stay in the widget's own file.
import type { CallAnswers } from '../../lib/call-advice';
import { counterofferLink } from '../../lib/call-advice/counteroffer-link';
import { adviseOnCall } from '../../lib/call-advice/rules';
import { describeSituation } from '../../lib/call-advice/situations';
import { CALL_ADVICE_ISSUE_PATH } from '../../lib/call-advice/values';
import { joinBase } from '../../lib/content/paths';
import { Heading, type HeadingLevel } from '../shared/Heading';
import { useCopy } from '../shared/use-copy';

type Props = {
  idPrefix: string;
  answers: CallAnswers;
  level: HeadingLevel;
  headingId: string;
  /** True on issue #57 itself, so "Why" links jump within the page and keep the answers in the URL. */
  onIssuePage: boolean;
};

function List({ items, class: className }: { items: readonly string[]; class?: string }) {
  return (
    <ul class={className}>
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

/** The advice for a finished set of answers, loaded on demand; every string is rendered as text, never as HTML. */
export function CallResult({ idPrefix, answers, level, headingId, onIssuePage }: Props) {
  const [copyStatus, copy] = useCopy();
  const advice = adviseOnCall(answers);
  const base = import.meta.env.BASE_URL;
  const issue = onIssuePage ? '' : joinBase(base, CALL_ADVICE_ISSUE_PATH);
  const counteroffer = counterofferLink(answers, advice);
  const talkId = `${idPrefix}-talk-track`;
  const sub = Math.min(level + 1, 5) as HeadingLevel;

  return (
    <div class="ttc-result">
      <Heading level={level} id={headingId} tabIndex={-1} class="ttc-verdict">
        {advice.verdict}
      </Heading>
      <p class="ttc-situation">
        <span class="ttc-label">Your answers:</span> {describeSituation(answers)}
      </p>

      <Heading level={sub}>Why</Heading>
      <ul>
        {advice.why.map((why) => (
          <li key={why.text}>
            <a href={`${issue}#${why.heading}`}>{why.text}</a>
          </li>
        ))}
      </ul>

      <Heading level={sub} id={`${talkId}-title`}>
        Your talk track
      </Heading>
      <div id={talkId} class="ttc-talk-track">
        {advice.talkTrack.map((line) => (
          <p key={line}>{line}</p>
        ))}
      </div>
      <div class="ttc-copy">
        <button
          type="button"
          class="button secondary"
          onClick={() => copy(advice.talkTrack.join('\n'), talkId)}
        >
          Copy the talk track
        </button>
        <p role="status" class="ttc-copy-status">
          {copyStatus}
        </p>
      </div>

      <Heading level={sub}>Before the call</Heading>
      <List items={advice.checklist} class="ttc-checklist" />

      <Heading level={sub}>What to avoid</Heading>
      <List items={advice.avoid} />

      <Heading level={sub}>What to ask</Heading>
      <List items={advice.asks} />

      {counteroffer && (
        <p>
          <a class="button" href={`${joinBase(base, '/tools/counteroffer/')}${counteroffer}`}>
            Build your counteroffer
          </a>
        </p>
      )}
    </div>
  );
}
