import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app';
import type { ItemCardProps } from '../../src/components/checklist/item-card';

const renders: string[] = [];

// Counts every render of a card, keeping the real card's output and hooks.
vi.mock('../../src/components/checklist/item-card', async (importOriginal) => {
  const original =
    await importOriginal<typeof import('../../src/components/checklist/item-card')>();
  return {
    ItemCard: (props: ItemCardProps) => {
      renders.push(props.item.id);
      return original.ItemCard(props);
    },
  };
});

describe('rendering cost of a tick', () => {
  it('re-renders only the ticked card', async () => {
    const user = userEvent.setup();
    render(<App />);
    expect(renders).toHaveLength(13);

    renders.length = 0;
    await user.click(screen.getByRole('checkbox', { name: /Техподдержка перестанет/ }));
    expect(renders).toEqual(['important-support']);

    renders.length = 0;
    await user.click(screen.getByRole('checkbox', { name: /Снижение уровня/ }));
    expect(renders).toEqual(['cons-less-security']);
  });
});
