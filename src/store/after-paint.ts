/**
 * Runs `work` in a task after the next frame has been painted, so that what a click changes
 * is on screen before anything slower runs. A hidden page paints no frames: the task then
 * runs at once.
 */
export function afterPaint(work: () => void): void {
  if (typeof requestAnimationFrame !== 'function' || document.visibilityState === 'hidden') {
    setTimeout(work, 0);
    return;
  }
  requestAnimationFrame(() => {
    setTimeout(work, 0);
  });
}
