import { useEffect, useRef, useState } from 'preact/hooks';
import {
  answeredSoFar,
  callFlow,
  callFlowView,
  firstUnanswered,
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

/** Props an MDX issue or page may set on the "Should I take the call?" widget. */
export type TakeTheCallProps = {
  /** Answers already given, so the widget starts further in; Start over returns here. Default none. */
  initial?: Partial<CallAnswers>;
  /** The widget's title. Default "Should I take the call?". */
  heading?: string;
  /** The title's heading level; steps and the result nest below it. Default 2. */
  headingLevel?: 2 | 3;
  /** Keep the answers in the page URL (?status=…) for Back, reload and shared links. Default true; on one widget per page only. */
  syncUrl?: boolean;
  /** Prefix for every id in the widget; give each widget on a page its own. Default "take-the-call". */
  idPrefix?: string;
  /** True on issue #57 itself, so "Why" links stay in the page. Default false; the Astro wrapper sets it. */
  onIssuePage?: boolean;
};

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
  initial = {},
  heading = 'Should I take the call?',
  headingLevel = 2,
  syncUrl = true,
  idPrefix = 'take-the-call',
  onIssuePage = false,
}: TakeTheCallProps) {
  const start = answeredSoFar(initial);
  const [state, setState] = useState(() => startCallFlow(initial));
  const [hydrated, setHydrated] = useState(false);
  const [result, setResult] = useState<ResultModule | 'failed' | undefined>(undefined);
  const [announcer, announce] = useAnnouncer();
  // The latest state, for the URL listener and for actions dispatched twice in one event.
  const current = useRef(state);
  current.current = state;
  const root = useRef<HTMLElement>(null);

  const viewHeadingId = `${idPrefix}-view-heading`;
  const errorSummaryId = `${idPrefix}-error-summary`;

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

  const push = useUrlAnswers(syncUrl, (fromUrl, event) => {
    // A URL without answers is where the reader started: the widget's own starting point.
    const target = formatCallQuery(fromUrl) === '' ? initial : fromUrl;
    // After Back or Forward, follow with focus only if the reader was in the widget; never on load.
    const active = document.activeElement;
    const inWidget = active === document.body || (active !== null && root.current?.contains(active));
    dispatch({ type: 'restore', answers: target, focus: event === 'popstate' && inWidget === true });
  });

  // A reader's action adds a history entry when it changes the answers (push skips the same URL).
  const act = (action: CallFlowAction): void => push(dispatch(action));

  const view = callFlowView(state);
  const { step, question, complete } = view;
  const wantsResult = complete !== null || step !== firstUnanswered(start) || state.selected !== undefined;

  useEffect(() => setHydrated(true), []);

  useEffect(() => {
    if (!wantsResult || result) return;
    loadResult().then(
      (module) => setResult(module),
      () => setResult('failed'),
    );
  }, [wantsResult, result]);

  const sub = (headingLevel + 1) as HeadingLevel;
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
        idPrefix={idPrefix}
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
        idPrefix={idPrefix}
        answers={complete}
        level={sub}
        headingId={viewHeadingId}
        onIssuePage={onIssuePage}
      />
    );
  } else {
    shown = <p class="ttc-status">Loading your advice…</p>;
  }

  return (
    <section
      class="take-the-call"
      ref={root}
      aria-labelledby={`${idPrefix}-title`}
      data-pagefind-ignore="all"
    >
      <Heading level={headingLevel} id={`${idPrefix}-title`} class="ttc-title">
        {heading}
      </Heading>
      {error && question && (
        <ErrorSummary
          id={errorSummaryId}
          level={sub}
          errors={[
            { fieldId: `${idPrefix}-${question.key}-${question.options[0]?.value ?? ''}`, message: error },
          ]}
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
        {formatCallQuery(state.answers) !== formatCallQuery(start) && (
          <button
            type="button"
            class="button secondary"
            onClick={() => act({ type: 'start-over', initial })}
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
