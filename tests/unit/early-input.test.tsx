import { act as reactAct, render, screen } from '@testing-library/react';
import { StrictMode, useState } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { replayEarlyInput } from '../../src/components/shell/early-input';
import { Started } from '../../src/components/shell/started';

/** Sets a control's value as the browser does for a person, unseen by React. */
function typedBeforeStart(control: HTMLInputElement | HTMLTextAreaElement, value: string) {
  Object.getOwnPropertyDescriptor(Object.getPrototypeOf(control), 'value')?.set?.call(
    control,
    value,
  );
}

function Form({ onPress }: { onPress: () => void }) {
  const [name, setName] = useState('');
  const [details, setDetails] = useState('');
  const [ticked, setTicked] = useState(false);
  return (
    <form>
      <label>
        Организация
        <input
          value={name}
          onChange={(event) => {
            setName(event.currentTarget.value);
          }}
        />
      </label>
      <label>
        Пояснение
        <textarea
          value={details}
          onChange={(event) => {
            setDetails(event.currentTarget.value);
          }}
        />
      </label>
      <label>
        Готово
        <input
          type="checkbox"
          checked={ticked}
          onChange={(event) => {
            setTicked(event.currentTarget.checked);
          }}
        />
      </label>
      <button type="button" onClick={onPress}>
        Экспорт в файл
      </button>
      <output>{`${name}|${details}|${String(ticked)}`}</output>
    </form>
  );
}

/** The form as the built page serves it, changed by the person, then taken over by React. */
async function hydratedAfter(onPress: () => void, act: (control: HTMLElement) => void) {
  const container = document.createElement('div');
  container.innerHTML = renderToString(<Form onPress={onPress} />);
  document.body.append(container);
  onTestFinished(() => {
    container.remove();
  });
  act(container);
  await reactAct(async () => {
    hydrateRoot(container, <Form onPress={onPress} />);
    await Promise.resolve();
  });
}

describe('input made before the app ran', () => {
  it('is carried out once React has taken over the page: text typed, a box ticked, a button pressed', async () => {
    const onPress = vi.fn();
    await hydratedAfter(onPress, () => {
      // What the browser does for the person while no script listens yet.
      typedBeforeStart(
        screen.getByRole<HTMLInputElement>('textbox', { name: 'Организация' }),
        'ООО «Ромашка»',
      );
      typedBeforeStart(
        screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Пояснение' }),
        'Дорого',
      );
      screen.getByRole<HTMLInputElement>('checkbox', { name: 'Готово' }).checked = true;
    });
    const name = screen.getByRole('textbox', { name: 'Организация' });
    const details = screen.getByRole('textbox', { name: 'Пояснение' });
    const box = screen.getByRole('checkbox', { name: 'Готово' });
    const button = screen.getByRole('button', { name: 'Экспорт в файл' });
    // React kept what the person did on screen, but its state knows nothing of it yet.
    expect(screen.getByRole('status')).toHaveTextContent('||false');
    reactAct(() => {
      replayEarlyInput([
        { control: name, value: 'ООО «Ромашка»', checked: false },
        { control: details, value: 'Дорого', checked: false },
        { control: box, value: 'on', checked: true },
        { control: button, value: '', checked: false },
      ]);
    });
    expect(screen.getByRole('status')).toHaveTextContent('ООО «Ромашка»|Дорого|true');
    expect(box).toBeChecked();
    expect(onPress).toHaveBeenCalledTimes(1);
  });

  it('leaves out controls no longer in the page', () => {
    const onPress = vi.fn();
    const { unmount } = render(<Form onPress={onPress} />);
    const button = screen.getByRole('button', { name: 'Экспорт в файл' });
    unmount();
    replayEarlyInput([{ control: button, value: '', checked: false }]);
    expect(onPress).not.toHaveBeenCalled();
  });

  it('is carried out once, though development mode runs start-up effects twice', () => {
    const onPress = vi.fn();
    render(<Form onPress={onPress} />);
    const button = screen.getByRole('button', { name: 'Экспорт в файл' });
    window.itsEarlyInput = [{ control: button, value: '', checked: false }];
    render(
      <StrictMode>
        <Started />
      </StrictMode>,
    );
    expect(onPress).toHaveBeenCalledTimes(1);
  });
});
