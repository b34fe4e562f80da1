import { useState } from 'preact/hooks';
import { useCommand } from '../hooks.js';
import { ProblemAlert, Success } from './feedback.js';

/**
 * People ticked in a list and sent together (attendance at a meeting or an event): the ticked set,
 * a submit that refuses an empty choice in the page and otherwise sends it, and the feedback —
 * the empty-choice alert, the success message `send` answers, or the API's refusal.
 */
export function usePersonChoice(send: (personIds: string[]) => Promise<string>, noneChosen: string) {
  const command = useCommand();
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [done, setDone] = useState<string | null>(null);
  const [empty, setEmpty] = useState(false);
  const toggle = (id: string, on: boolean) => {
    setEmpty(false);
    setChosen((s) => (on ? new Set(s).add(id) : new Set([...s].filter((x) => x !== id))));
  };
  const submit = async (e: Event) => {
    e.preventDefault();
    setDone(null);
    setEmpty(chosen.size === 0);
    if (!chosen.size) return;
    const message = await command.run(() => send([...chosen]));
    if (message !== undefined) {
      setDone(message);
      setChosen(new Set());
    }
  };
  const feedback = (
    <>
      {empty ? (
        <p role="alert" class="alert alert-error">
          {noneChosen}
        </p>
      ) : null}
      {done ? <Success>{done}</Success> : null}
      <ProblemAlert error={command.error} />
    </>
  );
  return { chosen, toggle, submit, busy: command.busy, feedback };
}

/** One person's checkbox in such a list; `fixed` ones are shown ticked and cannot be changed. */
export function PersonCheck({ id, name, checked, fixed = false, onToggle }: { id: string; name: string; checked: boolean; fixed?: boolean; onToggle(on: boolean): void }) {
  return (
    <p class="check">
      <input type="checkbox" id={id} checked={checked || fixed} disabled={fixed} onChange={(e) => onToggle(e.currentTarget.checked)} />
      <label for={id}>{name}</label>
    </p>
  );
}
