// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import type { Schedule } from "../../solver/model/format.ts";
import { SolvePanel } from "../../src/features/solve/SolvePanel.tsx";
import type { SaveVersion } from "../../src/features/solve/use-solver.ts";
import { createSolverClient, type WorkerEvents } from "../../src/workers/client.ts";
import { handlers } from "../../src/workers/handlers.ts";
import { tinySchool, triangleSchool } from "./solve-fixtures.ts";
import { inProcessWorker, newLog, stuckWorker } from "./workers-fakes.ts";

afterEach(cleanup);

const inProcess = () => () =>
  createSolverClient({ createWorker: inProcessWorker(handlers, newLog()) });

describe("SolvePanel", () => {
  it("generates, shows the status in words, the UI's own check and the teacher table", async () => {
    const school = tinySchool();
    render(<SolvePanel school={school} createClient={inProcess()} />);
    expect(screen.getByLabelText("Seed")).toHaveProperty("value", "1");
    expect(screen.getByLabelText("Time limit (seconds)")).toHaveProperty("value", "30");

    fireEvent.click(screen.getByRole("button", { name: "Generate" }));
    expect(screen.getByRole("button", { name: "Cancel" })).toBeTruthy();
    expect(screen.getByRole("progressbar", { name: "Search progress" })).toBeTruthy();

    await screen.findByText("Solved");
    expect(screen.getByText("Checked: 0 rule violations")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Cancel" })).toBeNull();
    expect(screen.getByText(/Not saved as a version/)).toBeTruthy();

    const table = screen.getByRole("table");
    expect(within(table).getByRole("columnheader", { name: "Monday" })).toBeTruthy();
    expect(within(table).getByRole("rowheader", { name: "Ada" })).toBeTruthy();
    const ada = within(table).getByRole("rowheader", { name: "Ada" }).closest("tr")!;
    expect(within(ada).getByText("Plan: Core team")).toBeTruthy();
    expect(within(ada).getAllByText("Lunch").length).toBe(2);
  });

  it("marks a refused setting on its own field, with the reason as its description", () => {
    render(<SolvePanel school={tinySchool()} createClient={inProcess()} />);
    const seed = screen.getByLabelText("Seed");
    const limit = screen.getByLabelText("Time limit (seconds)");
    fireEvent.change(limit, { target: { value: "0" } });
    expect(limit.getAttribute("aria-invalid")).toBe("true");
    const reason = document.getElementById(limit.getAttribute("aria-describedby")!);
    expect(reason?.textContent).toMatch(/time limit/i);
    expect(seed.getAttribute("aria-invalid")).toBe("false");
    expect(seed.getAttribute("aria-describedby")).toBeNull();
    expect(screen.getByRole("button", { name: "Generate" })).toHaveProperty("disabled", true);
  });

  it("keeps the result for an equal copy of the school and hides it after an edit", async () => {
    const school = tinySchool();
    const createClient = inProcess();
    const view = render(<SolvePanel school={school} createClient={createClient} />);
    fireEvent.click(screen.getByRole("button", { name: "Generate" }));
    await screen.findByText("Solved");
    view.rerender(<SolvePanel school={structuredClone(school)} createClient={createClient} />);
    expect(screen.getByText("Solved")).toBeTruthy();
    const edited = { ...school, name: "Renamed School" };
    view.rerender(<SolvePanel school={edited} createClient={createClient} />);
    expect(screen.queryByText("Solved")).toBeNull();
    expect(screen.getByText(/The school changed/)).toBeTruthy();
  });

  it("cancels a long search: says Cancelled and lets the person generate again", async () => {
    const seen: WorkerEvents[] = [];
    const log = newLog();
    render(
      <SolvePanel
        school={triangleSchool()}
        createClient={() => createSolverClient({ createWorker: stuckWorker(log, seen) })}
      />,
    );
    fireEvent.change(screen.getByLabelText("Time limit (seconds)"), { target: { value: "120" } });
    fireEvent.click(screen.getByRole("button", { name: "Generate" }));
    const generate = screen.getByRole("button", { name: "Generate" });
    expect(generate).toHaveProperty("disabled", true);
    fireEvent.click(screen.getByRole("button", { name: "Cancel" }));
    await screen.findByText("Cancelled");
    expect(generate).toHaveProperty("disabled", false);
    expect(document.activeElement).toBe(generate);
    expect(log.terminated).toBe(1);
    const run = log.posted[0];
    expect(run?.type === "run" && run.args.timeLimitMs).toBe(120_000);
  });

  it("saves a found schedule as a version when it is given a way to", async () => {
    const saved: Schedule[] = [];
    const saveVersion: SaveVersion = (schedule, settings) => {
      saved.push(schedule);
      return Promise.resolve({ status: "saved", versionName: `seed ${settings.seed}` });
    };
    render(
      <SolvePanel school={tinySchool()} createClient={inProcess()} saveVersion={saveVersion} />,
    );
    fireEvent.change(screen.getByLabelText("Seed"), { target: { value: "5" } });
    fireEvent.click(screen.getByRole("button", { name: "Generate" }));
    await screen.findByText(/Saved as version/);
    expect(screen.getByText(/seed 5/, { selector: "p" })).toBeTruthy();
    expect(saved.map((s) => s.status)).toEqual(["solved"]);
  });

  it("refuses a bad seed before running anything", () => {
    render(<SolvePanel school={tinySchool()} createClient={inProcess()} />);
    fireEvent.change(screen.getByLabelText("Seed"), { target: { value: "-3" } });
    expect(screen.getByRole("button", { name: "Generate" })).toHaveProperty("disabled", true);
    expect(screen.getByText(/The seed is a whole number/)).toBeTruthy();
    // Enter in a field submits the form; a form with a bad field still starts nothing.
    fireEvent.submit(screen.getByLabelText("Seed").closest("form")!);
    expect(screen.queryByRole("progressbar")).toBeNull();
  });
});
