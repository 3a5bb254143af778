import { render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { replayEarlyInput } from '../../src/components/shell/early-input';

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

describe('input made before the app ran', () => {
  it('is carried out once: text typed, a box ticked, a button pressed', () => {
    const onPress = vi.fn();
    render(<Form onPress={onPress} />);
    const name = screen.getByRole('textbox', { name: 'Организация' });
    const details = screen.getByRole('textbox', { name: 'Пояснение' });
    const box = screen.getByRole('checkbox', { name: 'Готово' });
    // What the browser did for the person while React did not listen yet.
    typedBeforeStart(name as HTMLInputElement, 'ООО «Ромашка»');
    typedBeforeStart(details as HTMLTextAreaElement, '');
    (box as HTMLInputElement).checked = true;
    const button = screen.getByRole('button', { name: 'Экспорт в файл' });
    const queue = [
      { control: name, value: 'ООО «Ромашка»', checked: false },
      { control: details, value: 'Дорого', checked: false },
      { control: box, value: 'on', checked: true },
      { control: button, value: '', checked: false },
    ];
    replayEarlyInput(queue);
    expect(screen.getByRole('status')).toHaveTextContent('ООО «Ромашка»|Дорого|true');
    expect(box).toBeChecked();
    expect(onPress).toHaveBeenCalledTimes(1);
  });

  it('leaves out controls no longer in the page or disabled', () => {
    const onPress = vi.fn();
    const { unmount } = render(<Form onPress={onPress} />);
    const button = screen.getByRole('button', { name: 'Экспорт в файл' });
    unmount();
    replayEarlyInput([{ control: button, value: '', checked: false }]);
    expect(onPress).not.toHaveBeenCalled();
  });
});
