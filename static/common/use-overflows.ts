import { useEffect, useState, type RefObject } from 'react';

/** Whether content is wider than its box by more than rounding (a fraction of a pixel). */
export const overflowsSideways = (box: { readonly scrollWidth: number; readonly clientWidth: number }): boolean =>
  box.scrollWidth > box.clientWidth + 1;

/**
 * Whether the element's content is wider than the element, kept current as
 * Jira resizes the iframe (a gadget column, the panel beside the description)
 * or the content changes (a filter hides rows). ResizeObserver watches both
 * the box and its first child, the content.
 */
export const useOverflowsSideways = (ref: RefObject<HTMLElement | null>): boolean => {
  const [overflows, setOverflows] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (el === null) return undefined;
    const check = () => setOverflows(overflowsSideways(el));
    check();
    const observer = new ResizeObserver(check);
    observer.observe(el);
    if (el.firstElementChild !== null) observer.observe(el.firstElementChild);
    return () => observer.disconnect();
  }, [ref]);
  return overflows;
};
