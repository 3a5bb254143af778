/** The budgets a run is checked against (bench/README.md says where each comes from). */

/**
 * The first visit's JavaScript before organisations existed (commit 8829fd7, built with the
 * tools in the package lock and weighed by this script: bench/README.md), and what
 * organisations may add to it: the issue allows the page before them plus 3 KB.
 */
export const FIRST_VISIT_JS_BEFORE_ORGANISATIONS = 97_705;
export const ORGANISATIONS_JS_ALLOWANCE = 3 * 1024;

/** The click budgets are against the React floor, the page-load ones against the one-line page. */
export const BUDGET = {
  /** The app's tick (click → next paint, CPU 4×) over the React floor's, same round. */
  clickAppOverReactFloor: 1.5,
  clickLargeOverReactFloor: 2,
  /** Ticks with 50 organisations saved. */
  clickFiftyOverReactFloor: 2,
  /** Switching organisations (the link's click → next paint). */
  switchOverReactFloor: 2,
  fcpAppOverFloor: 1.6,
  /** Opening `?org=25` with 50 organisations saved: the single procedure's FCP budget. */
  fcpFiftyOverFloor: 1.6,
  firstVisitJsGzip: FIRST_VISIT_JS_BEFORE_ORGANISATIONS + ORGANISATIONS_JS_ALLOWANCE,
  untickedFrames: 0,
};
