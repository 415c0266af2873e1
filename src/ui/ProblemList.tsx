import type { Problem } from "../lib/errors.ts";

type Props = { title: string; problems: readonly Problem[]; onDismiss: () => void };

/** Problems that stopped an action, announced at once (role="alert") and kept until dismissed. */
export function ProblemList({ title, problems, onDismiss }: Props) {
  return (
    <div className="problems" role="alert" aria-labelledby="problems-title">
      <div className="problems-header">
        <h2 id="problems-title">{title}</h2>
        <button type="button" className="button button-quiet" onClick={onDismiss}>
          Dismiss
        </button>
      </div>
      <ul>
        {problems.map((problem, i) => (
          // The parser's message already names the item and the field, so the path would repeat it.
          <li key={i}>{problem.message}</li>
        ))}
      </ul>
    </div>
  );
}
