import { solveWithStats } from "../solve.ts";
import { loadModel } from "./count-cli.ts";
const [name, a, b, extra] = process.argv.slice(2);
const model = loadModel(name!);
const more = JSON.parse(extra ?? "{}");
const run = (seed: number, tuning: object) => {
  const phases: string[] = [];
  const { schedule, stats } = solveWithStats(model, { seed, timeLimitMs: 60000, tuning: { ...more, ...tuning }, onProgress: (p) => { if (phases.at(-1) !== p.phase) phases.push(p.phase); } });
  return { status: schedule.status, phases, moves: stats.iterations };
};
for (let s = Number(a); s <= Number(b); s++) {
  const x = run(s, { narrowGoOn: 2 }), y = run(s, { narrowGoOn: 1 });
  if (x.moves !== y.moves) console.log(s, x.phases.join(">"), x.moves, "|", y.phases.join(">"), y.moves);
}
