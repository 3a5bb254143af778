import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import { emptySaved, useProgressStore } from '../../src/store/progress-store';

// What a click opens often comes in a chunk of its own (the list, the dialogs): in a fresh
// clone its first import is transformed then, which on a busy two-core machine can take
// longer than the library's default second.
configure({ asyncUtilTimeout: 5_000 });

beforeEach(() => {
  window.localStorage.clear();
  window.history.replaceState(null, '', '/');
  // As a new page would start: from empty storage, organisation 1 alone.
  void useProgressStore.persist.rehydrate();
  useProgressStore.setState({ ...emptySaved(), language: 'ru', missing: null });
  // The page saves after the next paint: nothing of one test is saved during the next.
  useProgressStore.flush();
  document.documentElement.lang = 'ru';
});

afterEach(() => {
  cleanup();
  useProgressStore.flush();
  vi.useRealTimers();
});

// jsdom lays nothing out and has no scrollIntoView; the journeys check real scrolling.
Element.prototype.scrollIntoView = function scrollIntoView() {};

// jsdom has <dialog> without showModal(); the journeys check the real modal behaviour.
HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
  this.setAttribute('open', '');
};
HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
  this.removeAttribute('open');
};

// jsdom has no object URLs; downloads are checked in the journeys.
URL.createObjectURL = () => 'blob:test';
URL.revokeObjectURL = () => undefined;
