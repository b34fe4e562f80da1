import { api, ok } from '../api.js';
import { useLoad } from '../hooks.js';
import { mayDecideGates } from '../session.js';
import { Loading } from './feedback.js';

/** A choice among the persons who may decide a program's decision points (gate.decide). */
export function DecisionMakerSelect({ id, value, placeholder, onChange }: { id: string; value: string; placeholder: string; onChange(personId: string): void }) {
  const persons = useLoad(() => ok(api.GET('/persons', { params: { query: { limit: 100 } } })), []);
  return (
    <Loading resource={persons}>
      {(page) => (
        <select id={id} required value={value} onChange={(e) => onChange(e.currentTarget.value)}>
          <option value="">{placeholder}</option>
          {page.items.filter(mayDecideGates).map((p) => (
            <option key={p.id} value={p.id}>
              {p.displayName}
            </option>
          ))}
        </select>
      )}
    </Loading>
  );
}
