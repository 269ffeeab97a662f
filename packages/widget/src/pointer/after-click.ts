/**
 * "After the click": a change of layout caused by leaving a field (a list
 * that closes, a message that appears) waits while a pointer is down, and
 * happens just after the click that follows. Otherwise the page moves between
 * mouse-down (when the field loses focus) and mouse-up, and the click lands
 * on nothing (issue 13). Keyboard users are not delayed: without a pointer
 * down, the change happens at once.
 */
let installed = false;
let down = false;
const waiting: (() => void)[] = [];

function release(): void {
  down = false;
  if (waiting.length === 0) return;
  // The click is dispatched after pointer-up in the same task; run after it.
  setTimeout(() => {
    for (const run of waiting.splice(0)) run();
  }, 0);
}

/** Starts watching the pointer (idempotent); call when an element that defers changes is connected. */
export function watchPointer(): void {
  if (installed || typeof window === 'undefined') return;
  installed = true;
  window.addEventListener('pointerdown', () => (down = true), true);
  window.addEventListener('pointerup', release, true);
  window.addEventListener('pointercancel', release, true);
}

/** Runs `change` now, or after the click when a pointer is down. */
export function afterClick(change: () => void): void {
  if (down) waiting.push(change);
  else change();
}
