import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import {
  CALL_QUESTIONS,
  answeredSoFar,
  answersBefore,
  completeAnswers,
  firstUnanswered,
  formatCallQuery,
  previousStep,
  stepsFor,
  withAnswer,
  type CallAnswers,
  type CallStepKey,
} from '../../lib/call-advice';
import { joinBase } from '../../lib/content/paths';
import { ErrorSummary } from '../shared/ErrorSummary';
import { Heading, type HeadingLevel } from '../shared/Heading';
import { lazy } from '../shared/lazy';
import { LiveRegions } from '../shared/LiveRegions';
import { useLiveRegion } from '../shared/use-live-region';
import { QuestionStep } from './QuestionStep';
import { useUrlAnswers } from './use-url-answers';

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
  wouldJoin: "Select whether you would join them if they fixed what's wrong",
};

type Focus = 'view' | 'error';
type ResultModule = typeof import('./CallResult');

// The advice text is most of the widget's weight, so it comes as its own file once the reader
// starts answering (or arrives with answers), not with the page; a failed load can be retried.
const loadResult = lazy(() => import('./CallResult'));

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
  const [answers, setAnswers] = useState(start);
  const [selected, setSelected] = useState<string | undefined>(undefined);
  const [showError, setShowError] = useState(false);
  const [hydrated, setHydrated] = useState(false);
  const [result, setResult] = useState<ResultModule | 'failed' | undefined>(undefined);
  const [, setRenders] = useState(0);
  const [liveMessages, announce] = useLiveRegion();
  // Answers given earlier in this visit, so a step returned to shows the reader's choice.
  const remembered = useRef<Partial<CallAnswers>>(start);
  // Where focus goes once the view it names is on screen (the result may still be loading).
  const pendingFocus = useRef<Focus | null>(null);
  const current = useRef(answers);
  current.current = answers;
  const root = useRef<HTMLElement>(null);

  const viewHeadingId = `${idPrefix}-view-heading`;
  const errorSummaryId = `${idPrefix}-error-summary`;

  const moveFocus = (target: Focus | null): void => {
    pendingFocus.current = target;
    setRenders((count) => count + 1);
  };

  const show = (next: Partial<CallAnswers>, focus: Focus | null): Partial<CallAnswers> => {
    const clean = answeredSoFar(next);
    remembered.current = { ...remembered.current, ...clean };
    const step = firstUnanswered(clean);
    setAnswers(clean);
    setSelected(step ? remembered.current[step] : undefined);
    setShowError(false);
    moveFocus(focus);
    return clean;
  };

  const push = useUrlAnswers(syncUrl, (fromUrl, event) => {
    // A URL without answers is where the reader started: the widget's own starting point.
    const target = answeredSoFar(formatCallQuery(fromUrl) === '' ? initial : fromUrl);
    if (formatCallQuery(target) === formatCallQuery(current.current)) return;
    // After Back or Forward, follow with focus only if the reader was in the widget; never on load.
    const active = document.activeElement;
    const inWidget = active === document.body || (active !== null && root.current?.contains(active));
    show(target, event === 'popstate' && inWidget ? 'view' : null);
  });

  const go = (next: Partial<CallAnswers>): void => push(show(next, 'view'));

  const step = firstUnanswered(answers);
  const complete = completeAnswers(answers);
  const wantsResult = complete !== null || step !== firstUnanswered(start) || selected !== undefined;

  useEffect(() => setHydrated(true), []);

  useEffect(() => {
    if (!wantsResult || result) return;
    loadResult().then(
      (module) => setResult(module),
      () => setResult('failed'),
    );
  }, [wantsResult, result]);

  // A layout effect runs as soon as the view is in the DOM, so focus never lands on the one leaving.
  useLayoutEffect(() => {
    const target = pendingFocus.current;
    if (!target) return;
    const element = document.getElementById(target === 'error' ? errorSummaryId : viewHeadingId);
    if (!element) return;
    pendingFocus.current = null;
    element.focus();
    if (complete && typeof result === 'object' && target === 'view') {
      announce(`Advice ready. ${element.textContent ?? ''}`);
    }
  });

  const question = CALL_QUESTIONS.find((candidate) => candidate.key === step);
  // Choosing "accepted" on step 3 makes it the last step, and the heading says so ("Step 3 of 3").
  const order = stepsFor(
    step === 'otherOffer' && selected === 'accepted' ? { otherOffer: selected } : answers,
  );
  const back = previousStep(answers, step);
  const sub = (headingLevel + 1) as HeadingLevel;
  const error = showError && step ? ERROR_FOR_STEP[step] : null;
  const disabled = !hydrated;
  const everySituation = `${joinBase(import.meta.env.BASE_URL, '/tools/take-the-call/')}#every-situation`;

  const onContinue = (): void => {
    if (!question) return;
    const next = withAnswer(answers, question, selected);
    if (next) {
      go(next);
    } else {
      setShowError(true);
      moveFocus('error');
    }
  };

  const onStartOver = (): void => {
    remembered.current = {};
    go(initial);
  };

  const retry = (): void => setResult(undefined);

  let view;
  if (!complete) {
    view = question && (
      <QuestionStep
        key={question.key}
        idPrefix={idPrefix}
        question={question}
        number={order.indexOf(question.key) + 1}
        total={order.length}
        level={sub}
        headingId={viewHeadingId}
        selected={selected}
        error={error}
        onSelect={setSelected}
        onContinue={onContinue}
      />
    );
  } else if (result === 'failed') {
    view = (
      <p class="ttc-status" id={viewHeadingId} tabIndex={-1}>
        Your advice could not load.{' '}
        <button type="button" class="button secondary" onClick={retry}>
          Try again
        </button>{' '}
        or <a href={everySituation}>see every situation and its advice</a>.
      </p>
    );
  } else if (result) {
    view = (
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
    view = <p class="ttc-status">Loading your advice…</p>;
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
      {view}
      <div class="ttc-actions">
        {!complete && (
          <button type="button" class="button" onClick={onContinue} disabled={disabled}>
            Continue
          </button>
        )}
        {back && (
          <button
            type="button"
            class="button secondary"
            onClick={() => go(answersBefore(answers, back))}
            disabled={disabled}
          >
            Back
          </button>
        )}
        {formatCallQuery(answers) !== formatCallQuery(start) && (
          <button type="button" class="button secondary" onClick={onStartOver} disabled={disabled}>
            Start over
          </button>
        )}
      </div>
      {!hydrated && (
        <p class="ttc-no-script">
          Without JavaScript, <a href={everySituation}>see every situation and its advice</a> on the tool
          page.
        </p>
      )}
      <LiveRegions messages={liveMessages} />
    </section>
  );
}
