import { useState } from 'preact/hooks';

type Copy = (text: string, fallbackId: string) => Promise<void>;

/** Returns the status to show ("Copied", or how to copy by hand), `copy(text, fallbackId)` and a way to set another status. */
export function useCopy(): [string, Copy, (status: string) => void] {
  const [status, setStatus] = useState('');
  const copy = async (text: string, fallbackId: string) => {
    setStatus('');
    try {
      await navigator.clipboard.writeText(text);
      setStatus('Copied');
    } catch {
      // No clipboard (an insecure page, a refused permission): select the text to copy by hand.
      const target = document.getElementById(fallbackId);
      if (target instanceof HTMLInputElement) target.select();
      else if (target) getSelection()?.selectAllChildren(target);
      setStatus('Copying isn’t available here: the text is selected, press Ctrl+C (⌘C on a Mac).');
    }
  };
  return [status, copy, setStatus];
}
