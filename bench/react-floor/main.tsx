/**
 * The React floor: the least a React 19 page with a persisted zustand store costs per click in
 * this browser. Four cards with the app's four preparation checkboxes (their ids and texts) and
 * a counter, mounted in StrictMode; each card reads its own tick, the counter the number ticked,
 * and every tick is saved to localStorage. No prerendering, no other UI.
 */
import { StrictMode, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { create } from 'zustand';
import { persist } from 'zustand/middleware';

type FloorItem = { domId: string; text: string };

/** The four cards, written in by the build (Vite's `define`, scripts/bench/floors.ts). */
declare const FLOOR_ITEMS: readonly FloorItem[];
const floorItems = FLOOR_ITEMS;

type FloorState = {
  /** When each box was ticked, by its DOM id; an unticked box has no entry. */
  ticked: Record<string, number>;
  toggle: (domId: string) => void;
};

const useFloorStore = create<FloorState>()(
  persist(
    (set) => ({
      ticked: {},
      toggle: (domId) => {
        set(({ ticked }) => ({
          ticked:
            domId in ticked
              ? Object.fromEntries(Object.entries(ticked).filter(([id]) => id !== domId))
              : { ...ticked, [domId]: Date.now() },
        }));
      },
    }),
    { name: 'bench-react-floor', version: 1, partialize: ({ ticked }) => ({ ticked }) },
  ),
);

function FloorCard({ domId, text }: FloorItem) {
  const ticked = useFloorStore((state) => domId in state.ticked);
  const toggle = useFloorStore((state) => state.toggle);
  return (
    <div className="card">
      <label>
        <input
          type="checkbox"
          id={domId}
          checked={ticked}
          onChange={() => {
            toggle(domId);
          }}
        />
        <span>{text}</span>
      </label>
    </div>
  );
}

function FloorCounter() {
  const count = useFloorStore(
    (state) => floorItems.filter((item) => item.domId in state.ticked).length,
  );
  return <p>{`Отмечено ${String(count)} из ${String(floorItems.length)}`}</p>;
}

function FloorPage() {
  // The measures wait for this mark, as they do for the app's.
  useEffect(() => {
    document.documentElement.dataset.app = 'ready';
  }, []);
  return (
    <>
      <h1>Как отключить сопровождение 1С</h1>
      <h2>Подготовка</h2>
      <FloorCounter />
      {floorItems.map((item) => (
        <FloorCard key={item.domId} domId={item.domId} text={item.text} />
      ))}
    </>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('bench/react-floor/index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <FloorPage />
  </StrictMode>,
);
