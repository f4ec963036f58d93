import type { CounterofferMessage } from '../../lib/counteroffer/index.ts';
import { Heading, type HeadingLevel } from '../shared/Heading.tsx';
import { ID_PREFIX } from './columns.ts';

type Props = {
  level: HeadingLevel;
  message: CounterofferMessage;
};

/** The message in its two forms, as text (the email to send and the talk track for a call), after the notes for the reader alone. */
export function MessageView({ level, message }: Props) {
  return (
    <div class="co-message co-print">
      {message.notes.length > 0 && (
        <section class="co-notes" aria-label="Before you send it">
          <ul>
            {message.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
          {message.acceptsAsIs && (
            <p>
              <a href={`#${ID_PREFIX}-counter`}>Change a term in your counteroffer</a>
            </p>
          )}
        </section>
      )}
      <Heading level={level}>Email</Heading>
      <section id={`${ID_PREFIX}-email`} class="co-email" aria-label="Email">
        <p>
          <span class="co-label">Subject:</span> {message.subject}
        </p>
        <p class="co-email-body">{message.email}</p>
      </section>
      <Heading level={level}>On a call: your talk track</Heading>
      <ol class="co-talk-track" aria-label="Talk track">
        {message.talkTrack.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ol>
    </div>
  );
}
