// Modules, not the call-advice barrel, so the questions and URL code stay in the widget's own file.
import type { CallAnswers } from '../../lib/call-advice/index.ts';
import { counterofferLink } from '../../lib/call-advice/handoff.ts';
import { adviseOnCall } from '../../lib/call-advice/rules.ts';
import { describeSituation } from '../../lib/call-advice/situations.ts';
import { CALL_ADVICE_ISSUE_PATH } from '../../lib/call-advice/source-issue.ts';
import { joinBase } from '../../lib/paths/base.ts';
import { COUNTEROFFER_PATH } from '../../lib/paths/tool-paths.ts';
import { Heading, type HeadingLevel } from '../shared/Heading.tsx';
import { useCopy } from '../shared/use-copy.ts';
import { CallAdviceCard } from './CallAdviceCard.tsx';

type Props = {
  idPrefix: string;
  answers: CallAnswers;
  level: HeadingLevel;
  headingId: string;
  /** True on issue #57 itself, so "Why" links jump within the page and keep the answers in the URL. */
  onIssuePage: boolean;
  /** True on the tool page: every section open. In an issue the talk track leads and the rest folds. */
  fullAdvice: boolean;
};

/** The advice for a finished set of answers, loaded on demand; every string is rendered as text, never as HTML. */
export function CallResult({ idPrefix, answers, level, headingId, onIssuePage, fullAdvice }: Props) {
  const [copyStatus, copy] = useCopy();
  const advice = adviseOnCall(answers);
  const base = import.meta.env.BASE_URL;
  const talkId = `${idPrefix}-talk-track`;

  return (
    <div class="ttc-result">
      <Heading level={level} id={headingId} tabIndex={-1} class="ttc-verdict">
        {advice.verdict}
      </Heading>
      <p class="ttc-situation">
        <span class="ttc-label">Your answers:</span> {describeSituation(answers)}
      </p>
      <CallAdviceCard
        advice={advice}
        level={Math.min(level + 1, 5) as HeadingLevel}
        issueHref={onIssuePage ? '' : joinBase(base, CALL_ADVICE_ISSUE_PATH)}
        handoffHref={`${joinBase(base, COUNTEROFFER_PATH)}${counterofferLink(answers, advice)}`}
        talkId={talkId}
        folded={!fullAdvice}
        afterTalkTrack={
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
        }
      />
    </div>
  );
}
