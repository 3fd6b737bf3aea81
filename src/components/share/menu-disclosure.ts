/**
 * The "Del og last ned" disclosure: one button (`aria-expanded`, `aria-controls`) that shows and hides the list of
 * sharing actions. The disclosure pattern, not an ARIA menu: the actions are plain buttons in the tab order.
 *
 *  - Opening (click, Enter, Space, or ArrowDown on the button) moves focus to the first action.
 *  - In the list, ArrowDown/ArrowUp move between the actions (wrapping), Home/End go to the first/last; Tab works
 *    as everywhere.
 *  - Escape closes it and returns focus to the button; so does pressing an action (its status is announced by the
 *    toolbar's live region). A click outside the toolbar, or focus moving out of it, closes it without moving focus.
 *
 * The open state lives in the DOM (the button's `aria-expanded` and the list's `hidden`, which the template writes
 * once and never binds), so that it survives the toolbar being redrawn when the sharing code arrives.
 */

/** Outside-click listeners of the open toolbars. */
const outsideListeners = new WeakMap<Element, (e: Event) => void>();

interface MenuParts {
  share: HTMLElement;
  toggle: HTMLButtonElement;
  list: HTMLElement;
}

function partsOf(from: EventTarget | null): MenuParts | undefined {
  const share = from instanceof Element ? from.closest<HTMLElement>('.share') : null;
  const toggle = share?.querySelector<HTMLButtonElement>('.share-toggle');
  const list = share?.querySelector<HTMLElement>('.share-actions');
  return share && toggle && list ? { share, toggle, list } : undefined;
}

function actions(list: HTMLElement): HTMLButtonElement[] {
  return [...list.querySelectorAll<HTMLButtonElement>('.share-button')];
}

function isOpen(parts: MenuParts): boolean {
  return parts.toggle.getAttribute('aria-expanded') === 'true';
}

function open(parts: MenuParts): void {
  parts.toggle.setAttribute('aria-expanded', 'true');
  parts.list.hidden = false;
  if (outsideListeners.has(parts.share)) return;
  const doc = parts.share.ownerDocument;
  const onOutside = (e: Event): void => {
    if (!parts.share.isConnected || !e.composedPath().includes(parts.share)) close(parts, false);
  };
  outsideListeners.set(parts.share, onOutside);
  doc.addEventListener('pointerdown', onOutside, true);
}

function close(parts: MenuParts, focusToggle: boolean): void {
  parts.toggle.setAttribute('aria-expanded', 'false');
  parts.list.hidden = true;
  const onOutside = outsideListeners.get(parts.share);
  if (onOutside) parts.share.ownerDocument.removeEventListener('pointerdown', onOutside, true);
  outsideListeners.delete(parts.share);
  if (focusToggle) parts.toggle.focus();
}

/** The button's click: opens the list (focus on its first action) or closes it. */
export function onMenuToggle(e: Event): void {
  const parts = partsOf(e.currentTarget);
  if (!parts) return;
  if (isOpen(parts)) {
    close(parts, false);
    return;
  }
  open(parts);
  actions(parts.list)[0]?.focus();
}

/** Keys anywhere in the toolbar: Escape closes; arrows, Home and End move between the actions. */
export function onMenuKeydown(e: KeyboardEvent): void {
  const parts = partsOf(e.currentTarget);
  if (!parts) return;
  const target = e.composedPath()[0];
  if (e.key === 'Escape' && isOpen(parts)) {
    e.preventDefault();
    e.stopPropagation();
    close(parts, true);
    return;
  }
  if (target === parts.toggle && e.key === 'ArrowDown') {
    e.preventDefault();
    open(parts);
    actions(parts.list)[0]?.focus();
    return;
  }
  const list = actions(parts.list);
  const at = list.indexOf(target as HTMLButtonElement);
  if (at < 0) return;
  const next =
    e.key === 'ArrowDown'
      ? (at + 1) % list.length
      : e.key === 'ArrowUp'
        ? (at - 1 + list.length) % list.length
        : e.key === 'Home'
          ? 0
          : e.key === 'End'
            ? list.length - 1
            : -1;
  if (next < 0) return;
  e.preventDefault();
  list[next]!.focus();
}

/** Focus leaving the toolbar (Tab past the last action, a click elsewhere that takes focus) closes the list. */
export function onMenuFocusOut(e: FocusEvent): void {
  const parts = partsOf(e.currentTarget);
  const to = e.relatedTarget;
  if (parts && isOpen(parts) && to instanceof Node && !parts.share.contains(to)) close(parts, false);
}

/** Wraps an action: the list closes and focus returns to the button, then the action runs. */
export function menuAction(action: () => void): (e: Event) => void {
  return (e: Event) => {
    const parts = partsOf(e.currentTarget);
    if (parts) close(parts, true);
    action();
  };
}
