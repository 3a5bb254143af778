import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { useProgressStore } from '../../src/store/progress-store';

beforeEach(() => {
  window.localStorage.clear();
  useProgressStore.setState({ ticks: {}, choices: {} });
});

afterEach(() => {
  cleanup();
});

// jsdom lays nothing out and has no scrollIntoView; the journeys check real scrolling.
Element.prototype.scrollIntoView = function scrollIntoView() {};
