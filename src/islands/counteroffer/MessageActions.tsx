import type { CounterofferMessage } from '../../lib/counteroffer/index.ts';
import { useCopy } from '../shared/use-copy.ts';
import { loadRest } from './load-rest.ts';

type Props = {
  /** Null while there is no message for what the reader entered: the buttons wait, disabled. */
  message: CounterofferMessage | null;
  /** True while a field the message uses is invalid, or an ask below their offer is unconfirmed. */
  blocked?: boolean;
  company: string;
  /** The id of the element holding the email, selected when copying isn’t possible. */
  emailId: string;
};

/** Class on <html> while the builder prints, so print CSS shows only the message and the table. */
export const PRINTING_CLASS = 'co-printing';

/** Copy the email, download the message as a .txt file, or print it. */
export function MessageActions({ message, blocked = false, company, emailId }: Props) {
  const [status, copy, setStatus] = useCopy();

  const download = async () => {
    if (!message) return;
    try {
      const { messageAsText, downloadName } = await loadRest();
      const text = messageAsText(message);
      const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
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
    root.classList.add(PRINTING_CLASS);
    addEventListener('afterprint', () => root.classList.remove(PRINTING_CLASS), { once: true });
    window.print();
  };

  return (
    <div class="co-actions">
      <button
        type="button"
        class="button"
        disabled={!message || blocked}
        onClick={() => message && copy(`Subject: ${message.subject}\n\n${message.email}`, emailId)}
      >
        Copy the email
      </button>{' '}
      <button type="button" class="button secondary" disabled={!message || blocked} onClick={download}>
        Download .txt
      </button>{' '}
      <button type="button" class="button secondary" disabled={!message || blocked} onClick={printMessage}>
        Print
      </button>
      <p role="status" class="co-status">
        {status}
      </p>
    </div>
  );
}
