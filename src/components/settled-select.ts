/**
 * A `<select>` that applies its value once the reader has chosen. A pick from the open list applies at once; arrow
 * keys (and typing) on a closed picker only move through the options, applied on Enter, on leaving the picker or
 * after a pause: a keyboard user stepping through twenty regions does not redraw every chart twenty times.
 */
const SETTLE_MS = 1500;

export interface SettledSelect {
  keydown: (e: KeyboardEvent) => void;
  change: (e: Event) => void;
  blur: () => void;
}

export function settledSelect(apply: (value: string) => void): SettledSelect {
  let keyed = false;
  let pending: string | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const commit = () => {
    clearTimeout(timer);
    timer = undefined;
    if (pending === undefined) return;
    const value = pending;
    pending = undefined;
    apply(value);
  };
  return {
    keydown: (e) => {
      if (e.key === 'Enter') {
        keyed = false;
        commit();
      } else if (!e.altKey && (e.key.startsWith('Arrow') || e.key.startsWith('Page') || e.key === 'Home' || e.key === 'End' || e.key.length === 1)) {
        keyed = true;
      }
    },
    change: (e) => {
      const value = (e.target as HTMLSelectElement).value;
      if (!keyed) {
        pending = value;
        commit();
        return;
      }
      keyed = false;
      pending = value;
      clearTimeout(timer);
      timer = setTimeout(commit, SETTLE_MS);
    },
    blur: commit,
  };
}
