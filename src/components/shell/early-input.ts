/**
 * The page paints before its script has run, and a person may act at once. What they do
 * then is kept by a few lines that run inline in index.html (`EARLY_INPUT_SCRIPT`), and
 * carried out once the app has taken over the page (`replayEarlyInput`): a button pressed,
 * a box ticked, a choice made, text typed, a file chosen.
 *
 * The page's state is on `<html data-app>`: absent while only the inline page runs,
 * "starting" once React is hydrating (React then handles clicks itself), "ready" once the
 * app runs.
 */

/** One control the person used before the app ran, with its last value. */
export type EarlyInput = {
  readonly control: Element;
  readonly value: string;
  readonly checked: boolean;
};

declare global {
  interface Window {
    /** Filled by the inline script in index.html until the app is ready. */
    itsEarlyInput?: EarlyInput[];
  }
}

/**
 * Inline in index.html (CSP-hashed): records the buttons pressed until React starts, and the
 * form controls changed until the app is ready, each once, with its latest value.
 */
export const EARLY_INPUT_SCRIPT =
  `(function(){var q=window.itsEarlyInput=[],d=document.documentElement.dataset;` +
  `function note(e){var t=e.target,c;if(d.app==="ready"||!(t instanceof Element))return;` +
  `if(e.type==="click"){if(d.app)return;c=t.closest("button")}` +
  `else c=t.closest("input,select,textarea");if(!c)return;` +
  `for(var i=q.length;i--;)if(q[i].control===c)q.splice(i,1);` +
  `q.push({control:c,value:c.value,checked:!!c.checked})}` +
  `["click","input","change"].forEach(function(t){addEventListener(t,note,true)})})();`;

/**
 * Makes React see a value the person typed before it took over the field: React notices a
 * change only against the value it last set, so that is set first (to anything else).
 */
function typeInto(control: HTMLInputElement | HTMLTextAreaElement, value: string) {
  control.value = value === '' ? ' ' : '';
  Object.getOwnPropertyDescriptor(Object.getPrototypeOf(control), 'value')?.set?.call(
    control,
    value,
  );
  control.dispatchEvent(new Event('input', { bubbles: true }));
}

/** Carries out, in order, what the person did before the app ran; then stops recording. */
export function replayEarlyInput(queue: readonly EarlyInput[] = window.itsEarlyInput ?? []) {
  const done = [...queue];
  if (window.itsEarlyInput) window.itsEarlyInput.length = 0;
  for (const { control, value, checked } of done) {
    if (!control.isConnected) continue;
    if (control instanceof HTMLButtonElement) {
      if (!control.disabled) control.click();
    } else if (control instanceof HTMLSelectElement) {
      control.value = value;
      control.dispatchEvent(new Event('change', { bubbles: true }));
    } else if (control instanceof HTMLInputElement) {
      if (control.disabled) continue;
      if (control.type === 'checkbox' || control.type === 'radio') {
        if (control.type === 'radio' && !checked) continue;
        // Back to the other state, then a click: React sees the change the person made.
        control.checked = !checked;
        control.click();
      } else if (control.type === 'file') {
        if (control.files?.length) control.dispatchEvent(new Event('change', { bubbles: true }));
      } else {
        typeInto(control, value);
      }
    } else if (control instanceof HTMLTextAreaElement) {
      typeInto(control, value);
    }
  }
}
