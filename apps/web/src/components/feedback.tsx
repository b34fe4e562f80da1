import type { ComponentChildren } from 'preact';
import { ApiError } from '../api.js';
import { useI18n } from '../i18n.js';
import { sv, type MessageKey } from '../messages.js';
import type { Loaded } from '../hooks.js';

/** A refused command or failed read, with the API's field errors listed (announced to screen readers). */
export function ProblemAlert({ error }: { error: unknown }) {
  const { t } = useI18n();
  if (!error) return null;
  const problem = error instanceof ApiError ? error.problem : undefined;
  // The heading in the page's language by status (where the messages have one); the API's own explanation follows as it came
  // (in English, marked as such for screen readers: WCAG 3.1.2).
  const key = `problem.${problem?.status}`;
  const known = problem && key in sv ? t(key as MessageKey) : undefined;
  return (
    <div class="alert alert-error" role="alert">
      <p>
        <strong>{problem ? (known ?? problem.title) : t('error.unexpected')}</strong>
        {problem?.detail ? (
          <>
            : <span lang="en">{problem.detail}</span>
          </>
        ) : !problem ? (
          `: ${String((error as Error)?.message ?? error)}`
        ) : (
          ''
        )}
      </p>
      {problem?.errors?.length ? (
        <ul lang="en">
          {problem.errors.map((e) => (
            <li key={`${e.field}:${e.message}`}>
              <code>{e.field}</code>: {e.message}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

export function Success({ children }: { children: ComponentChildren }) {
  return (
    <div class="alert alert-success" role="status">
      {children}
    </div>
  );
}

/** Renders a loaded resource: a status line while loading, the problem when it failed, else the content. */
export function Loading<T>({ resource, children }: { resource: Loaded<T>; children: (data: T) => ComponentChildren }) {
  const { t } = useI18n();
  if (resource.data === undefined) {
    if (resource.error) return <ProblemAlert error={resource.error} />;
    return (
      <p role="status" class="muted">
        {t('loading')}
      </p>
    );
  }
  return <>{children(resource.data)}</>;
}

export function StatusBadge({ status, label }: { status: string; label?: string }) {
  return <span class={`badge badge-${status}`}>{label ?? status}</span>;
}
