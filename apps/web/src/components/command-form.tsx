import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { useCommand } from '../hooks.js';
import { ProblemAlert, Success } from './feedback.js';

/**
 * One command as a form: the heading (level 3 or 4), an optional lead, the fields, the button; the
 * API's refusal in an alert, the success in a status message. `send` answers the success text (it
 * also clears its fields), or undefined when refused.
 */
export function CommandForm({
  id,
  heading,
  level = 4,
  lead,
  button,
  send,
  children,
}: {
  id: string;
  heading: string;
  level?: 3 | 4;
  lead?: string;
  button: string;
  send(): Promise<string | undefined>;
  children?: ComponentChildren;
}) {
  const command = useCommand();
  const [done, setDone] = useState<string | null>(null);
  const submit = async (e: Event) => {
    e.preventDefault();
    setDone(null);
    const message = await command.run(send);
    if (message !== undefined) setDone(message);
  };
  const Heading = level === 3 ? 'h3' : 'h4';
  return (
    <form onSubmit={submit} class="inline-fields" aria-labelledby={`${id}-heading`} data-testid={id}>
      <Heading id={`${id}-heading`} style={{ width: '100%' }}>
        {heading}
      </Heading>
      {lead ? <p style={{ width: '100%' }}>{lead}</p> : null}
      {children}
      <div>
        <button type="submit" class="primary" disabled={command.busy}>
          {button}
        </button>
      </div>
      {done ? <Success>{done}</Success> : null}
      <ProblemAlert error={command.error} />
    </form>
  );
}
