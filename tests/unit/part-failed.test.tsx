import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app';

// The documents part's code cannot be fetched, as when the connection drops before it loads.
vi.mock('../../src/components/documents/documents', () => {
  throw new TypeError('error loading dynamically imported module');
});

describe('a part of the page whose code does not load', () => {
  it('says so in its place, and the rest of the page keeps working', async () => {
    const user = userEvent.setup();
    render(<App />);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Часть страницы не загрузилась. Проверьте подключение к интернету и обновите страницу.',
    );
    const box = screen.getByRole('checkbox', { name: /Проверьте условия/ });
    await user.click(box);
    expect(box).toBeChecked();
    expect(screen.getByRole('heading', { level: 1 })).toBeInTheDocument();
  });
});
