import { useEffect, useRef, useState } from 'preact/hooks';
import {
  callFlow,
  callFlowView,
  formatCallQuery,
  startCallFlow,
  type CallAnswers,
  type CallFlowAction,
  type CallStepKey,
} from '../../lib/call-advice/index.ts';
import { joinBase } from '../../lib/paths/base.ts';
import { TAKE_THE_CALL_PATH } from '../../lib/paths/tool-paths.ts';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import { Heading, type HeadingLevel } from '../shared/Heading.tsx';
import { lazy } from '../shared/lazy.ts';
import { useAnnouncer } from '../shared/use-announcer.tsx';
import { useFocusAfter } from '../shared/use-focus-after.ts';
import { QuestionStep } from './QuestionStep.tsx';
import { useUrlAnswers } from './use-url-answers.ts';

/** Props a page may set on the "Should I take the call?" widget. */
export type TakeTheCallProps = {
  /** The widget's title. Default "Should I take the call?". */
  heading?: string;
  /** True on issue #57 itself, so "Why" links stay in the page. Default false; the Astro wrapper sets it. */
  onIssuePage?: boolean;
  /**
   * True on the tool page, where the result shows every section. Default false: in an issue the result
   * is the verdict and the talk track, with the rest behind "Show the full advice", so the article
   * still reads as one on a phone.
   */
  fullAdvice?: boolean;
};

// One widget a page: its ids, and the answers it keeps in the page URL for Back, reload and links.
const ID = 'take-the-call';
const LEVEL = 2;

const ERROR_FOR_STEP: Record<CallStepKey, string> = {
  status: 'Select where things stand with their offer',
  reason: 'Select the main reason',
  otherOffer: 'Select whether you have accepted another offer',
  wouldJoin: 'Select whether you would join them if they fixed what’s wrong',
};

type ResultModule = typeof import('./CallResult.tsx');

// The advice text is most of the widget's weight, so it comes as its own file once the reader
// starts answering (or arrives with answers), not with the page; a failed load can be retried.
const loadResult = lazy(() => import('./CallResult.tsx'));

/** "Should I take the call?": issue #57's advice, one question at a time (a Preact island). */
export default function TakeTheCall({
  heading = 'Should I take the call?',
  onIssuePage = false,
  fullAdvice = false,
}: TakeTheCallProps) {
  const [state, setState] = useState(startCallFlow);
  const [hydrated, setHydrated] = useState(false);
  const [result, setResult] = useState<ResultModule | 'failed' | undefined>(undefined);
  const [announcer, announce] = useAnnouncer();
  // The latest state, for the URL listener and for actions dispatched twice in one event.
  const current = useRef(state);
  current.current = state;
  const root = useRef<HTMLElement>(null);

  const viewHeadingId = `${ID}-view-heading`;
  const errorSummaryId = `${ID}-error-summary`;

  // Focus moves once per state that asks for it, when its view is on screen; the result may
  // still be loading, so focus waits for its heading, and then says the advice is ready.
  const focusAfter = useFocusAfter((element) => {
    if (complete && typeof result === 'object') announce(`Advice ready. ${element.textContent ?? ''}`);
  });
  const dispatch = (action: CallFlowAction): Partial<CallAnswers> => {
    const next = callFlow(current.current, action);
    current.current = next;
    setState(next);
    // The last action of an event decides, as its state is the one shown.
    focusAfter(next.focus ? (next.focus === 'error' ? errorSummaryId : viewHeadingId) : '');
    return next.answers;
  };

  const push = useUrlAnswers((fromUrl, event) => {
    // After Back or Forward, follow with focus only if the reader was in the widget; never on load.
    const active = document.activeElement;
    const inWidget = active === document.body || (active !== null && root.current?.contains(active));
    dispatch({ type: 'restore', answers: fromUrl, focus: event === 'popstate' && inWidget === true });
  });

  // A reader's action adds a history entry when it changes the answers (push skips the same URL).
  const act = (action: CallFlowAction): void => push(dispatch(action));

  const view = callFlowView(state);
  const { step, question, complete } = view;
  const wantsResult = complete !== null || step !== 'status' || state.selected !== undefined;

  useEffect(() => setHydrated(true), []);

  useEffect(() => {
    if (!wantsResult || result) return;
    loadResult().then(
      (module) => setResult(module),
      () => setResult('failed'),
    );
  }, [wantsResult, result]);

  const sub = (LEVEL + 1) as HeadingLevel;
  const error = state.showError && step ? ERROR_FOR_STEP[step] : null;
  const disabled = !hydrated;
  const everySituation = `${joinBase(import.meta.env.BASE_URL, TAKE_THE_CALL_PATH)}#every-situation`;

  const onContinue = (): void => act({ type: 'continue' });
  const retry = (): void => setResult(undefined);

  let shown;
  if (!complete) {
    shown = question && (
      <QuestionStep
        key={question.key}
        idPrefix={ID}
        question={question}
        number={view.number}
        fewest={view.fewest}
        total={view.total}
        level={sub}
        headingId={viewHeadingId}
        selected={state.selected}
        error={error}
        onSelect={(value) => dispatch({ type: 'select', value })}
        onContinue={onContinue}
      />
    );
  } else if (result === 'failed') {
    shown = (
      <p class="ttc-status" id={viewHeadingId} tabIndex={-1}>
        Your advice could not load.{' '}
        <button type="button" class="button secondary" onClick={retry}>
          Try again
        </button>{' '}
        or <a href={everySituation}>see every situation and its advice</a>.
      </p>
    );
  } else if (result) {
    shown = (
      <result.CallResult
        key={formatCallQuery(complete)}
        idPrefix={ID}
        answers={complete}
        level={sub}
        headingId={viewHeadingId}
        onIssuePage={onIssuePage}
        fullAdvice={fullAdvice}
      />
    );
  } else {
    shown = <p class="ttc-status">Loading your advice…</p>;
  }

  return (
    <section class="take-the-call" ref={root} aria-labelledby={`${ID}-title`} data-pagefind-ignore="all">
      <Heading level={LEVEL} id={`${ID}-title`} class="ttc-title">
        {heading}
      </Heading>
      {error && question && (
        <ErrorSummary
          id={errorSummaryId}
          level={sub}
          errors={[{ fieldId: `${ID}-${question.key}-${question.options[0]?.value ?? ''}`, message: error }]}
        />
      )}
      {shown}
      <div class="ttc-actions">
        {!complete && (
          <button type="button" class="button" onClick={onContinue} disabled={disabled}>
            Continue
          </button>
        )}
        {view.canGoBack && (
          <button
            type="button"
            class="button secondary"
            onClick={() => act({ type: 'back' })}
            disabled={disabled}
          >
            Back
          </button>
        )}
        {formatCallQuery(state.answers) !== '' && (
          <button
            type="button"
            class="button secondary"
            onClick={() => act({ type: 'start-over' })}
            disabled={disabled}
          >
            Start over
          </button>
        )}
      </div>
      {!hydrated && (
        <p class="ttc-no-script">
          Without JavaScript, <a href={everySituation}>see every situation and its advice</a>.
        </p>
      )}
      {announcer}
    </section>
  );
}
