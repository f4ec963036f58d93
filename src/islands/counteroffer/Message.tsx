import type { CounterofferMessage } from '../../lib/counteroffer/index.ts';
import { Heading, type HeadingLevel } from '../shared/Heading.tsx';
import { useCopy } from '../shared/use-copy.ts';
import { ID_PREFIX } from './columns.ts';
import { Button } from './fields.tsx';
import { loadRest } from './load-rest.ts';

/** The message in its two forms, as text (the email to send and the talk track for a call), after the notes for the reader alone. */
export function MessageView({ level, message }: { level: HeadingLevel; message: CounterofferMessage }) {
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

type ActionsProps = {
  /** Null while there is no message for what the reader entered: the buttons wait, disabled. */
  message: CounterofferMessage | null;
  /** True while a field the message uses is invalid, or an ask below their offer is unconfirmed. */
  blocked: boolean;
  company: string;
};

/** Copy the email, download the message as a .txt file, or print it (print CSS shows only the message and the table). */
export function MessageActions({ message, blocked, company }: ActionsProps) {
  const [status, copy, setStatus] = useCopy();
  const off = !message || blocked;

  const download = async () => {
    if (!message) return;
    try {
      const { messageAsText, downloadName } = await loadRest();
      const url = URL.createObjectURL(
        new Blob([messageAsText(message)], { type: 'text/plain;charset=utf-8' }),
      );
      const link = document.createElement('a');
      link.href = url;
      link.download = downloadName(company);
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    } catch {
      setStatus('Downloading isn’t available here: copy the email instead.');
    }
  };

  const printMessage = () => {
    const root = document.documentElement;
    root.classList.add('co-printing');
    addEventListener('afterprint', () => root.classList.remove('co-printing'), { once: true });
    window.print();
  };

  return (
    <div class="co-actions">
      <Button
        class="button"
        disabled={off}
        onClick={() =>
          message && copy(`Subject: ${message.subject}\n\n${message.email}`, `${ID_PREFIX}-email`)
        }
      >
        Copy the email
      </Button>{' '}
      <Button disabled={off} onClick={download}>
        Download .txt
      </Button>{' '}
      <Button disabled={off} onClick={printMessage}>
        Print
      </Button>
      <p role="status" class="co-status">
        {status}
      </p>
    </div>
  );
}
