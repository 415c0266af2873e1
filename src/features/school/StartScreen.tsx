import type { StartState } from "./current-school.tsx";

/** What shows while the stored schools are read, or why they cannot be. */
export function StartScreen({ start }: { start: StartState }) {
  if (start.status === "failed") {
    return (
      <div className="app">
        <div className="banner banner-error" role="alert">
          <p className="banner-title">Commons cannot open its saved data</p>
          <p>{start.error.message}</p>
          <button type="button" className="button" onClick={() => window.location.reload()}>
            Reload this tab
          </button>
        </div>
      </div>
    );
  }
  return (
    <div className="app">
      <p className="start" role="status">
        Opening your schools…
      </p>
    </div>
  );
}
