/**
 * Counts the components React renders in each commit, through the hook React offers its
 * DevTools (the same data the DevTools Profiler shows); bench/index.html installs the hook
 * before React loads. Off unless the benchmark switches it on: walking the tree is not
 * free, so ticks are timed with it off.
 */

type Fiber = {
  tag: number;
  flags: number;
  type: unknown;
  child: Fiber | null;
  sibling: Fiber | null;
  alternate: Fiber | null;
};

// FunctionComponent, ClassComponent, ForwardRef, MemoComponent, SimpleMemoComponent.
const COMPONENT_TAGS = new Set([0, 1, 11, 14, 15]);
const PERFORMED_WORK = 1;

let lastRoot: { current: Fiber } | null = null;

export const renderLog = {
  enabled: false,
  /** Starts counting from the tree as it is now. */
  start() {
    if (lastRoot) record(lastRoot.current, false);
    this.rendered = [];
    this.enabled = true;
  },
  /** Names of the components rendered since the last `clear()`. */
  rendered: [] as string[],
  names: new Map<unknown, string>(),
  clear() {
    this.rendered = [];
  },
};

let previousTree = new WeakSet<Fiber>();

function record(root: Fiber, log = true) {
  const tree = new WeakSet<Fiber>();
  const stack: Fiber[] = [root];
  while (stack.length > 0) {
    const fiber = stack.pop() as Fiber;
    tree.add(fiber);
    // An object from the previous tree was not touched by this commit.
    const touched = !previousTree.has(fiber);
    if (log && touched && COMPONENT_TAGS.has(fiber.tag) && (fiber.flags & PERFORMED_WORK) !== 0) {
      const type = fiber.type as { name?: string } | null;
      renderLog.rendered.push(renderLog.names.get(fiber.type) ?? type?.name ?? 'anonymous');
    }
    if (fiber.sibling) stack.push(fiber.sibling);
    if (fiber.child) stack.push(fiber.child);
  }
  previousTree = tree;
}

Object.assign(window, {
  __benchOnCommit: (root: { current: Fiber }) => {
    lastRoot = root;
    if (renderLog.enabled) record(root.current);
  },
});
