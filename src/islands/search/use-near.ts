import { useEffect } from 'preact/hooks';

/**
 * Calls `near` when the element comes within a screen of being seen in the box that scrolls it
 * (the search dialog, or the page), so what it marks loads before the reader gets there. Watches
 * only while `watching`; without IntersectionObserver it calls at once.
 */
export function useNear(element: { current: HTMLElement | null }, near: () => void, watching: boolean): void {
  useEffect(() => {
    const target = element.current;
    if (!watching || !target) return;
    if (typeof IntersectionObserver !== 'function') return near();
    const observer = new IntersectionObserver(
      (entries) => entries.some((entry) => entry.isIntersecting) && near(),
      { root: target.closest('dialog'), rootMargin: '0px 0px 100% 0px' },
    );
    observer.observe(target);
    return () => observer.disconnect();
  }, [watching]);
}
