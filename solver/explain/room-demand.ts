// Proves (Hall's condition on each distinct set of candidate rooms): the sections that can only
// use rooms of a set meet for more periods than those rooms have available slots.
import type { Check, Finding } from "./finding.ts";
import { plural, sectionName, someOf } from "./describe.ts";

type Pool = {
  rooms: number[];
  bits: Uint32Array;
  sections: number[];
  demand: number;
  supply: number;
};

const bitsOf = (rooms: readonly number[], words: number): Uint32Array => {
  const bits = new Uint32Array(words);
  for (const r of rooms) bits[r >>> 5]! |= 1 << (r & 31);
  return bits;
};

/** a is a subset of b. */
const within = (a: Uint32Array, b: Uint32Array): boolean => {
  for (let i = 0; i < a.length; i++) if ((a[i]! & ~b[i]!) !== 0) return false;
  return true;
};

export const roomDemand: Check = {
  name: "room-demand",
  run(facts) {
    const { model } = facts;
    if (!model.hasRooms) return [];
    const words = Math.ceil(model.rooms.length / 32);
    const open = model.rooms.map((r) => r.unavailable.filter((off) => !off).length);
    const pools = new Map<string, Pool>();
    for (const section of model.sections) {
      if (section.candidateRooms.length === 0) continue;
      const bits = bitsOf(section.candidateRooms, words);
      const key = bits.join();
      let pool = pools.get(key);
      if (!pool) {
        const rooms = [...section.candidateRooms].sort((a, b) => a - b);
        const supply = rooms.reduce((sum, r) => sum + open[r]!, 0);
        pool = { rooms, bits, sections: [], demand: 0, supply };
        pools.set(key, pool);
      }
      pool.sections.push(section.index);
      pool.demand += facts.sectionPeriods[section.index]!;
    }
    const all = [...pools.values()];
    const short: Pool[] = [];
    for (const pool of all) {
      // Every section whose candidates lie inside this set competes for these rooms.
      let demand = 0;
      for (const other of all) if (within(other.bits, pool.bits)) demand += other.demand;
      if (demand <= pool.supply) continue;
      const inside = all.filter((other) => within(other.bits, pool.bits));
      const sections = inside.flatMap((o) => o.sections).sort((a, b) => a - b);
      short.push({ ...pool, sections, demand });
    }
    // A set that contains a short set adds nothing: report the smallest ones.
    const minimal = short.filter(
      (p) =>
        !short.some((q) => q !== p && q.rooms.length < p.rooms.length && within(q.bits, p.bits)),
    );
    return minimal.map((pool): Finding => {
      const ids = pool.rooms.map((r) => model.rooms[r]!.id);
      const rooms = pool.rooms.length === 1 ? `room ${ids[0]!}` : `rooms ${someOf(ids, 6)}`;
      return {
        check: "room-demand",
        message: `${plural(pool.sections.length, "section")} (${someOf(pool.sections.map((s) => sectionName(model, s)))}) can only meet in ${rooms} and need ${pool.demand} room-periods per cycle, but ${pool.rooms.length === 1 ? "that room has" : `those ${pool.rooms.length} rooms have`} only ${pool.supply} available slots.`,
        sections: pool.sections.map((s) => model.sections[s]!.id),
      };
    });
  },
};
