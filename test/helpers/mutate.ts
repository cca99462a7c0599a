// Random changes of a JSON value, for checking that a validator never passes what zod fails.

/** A seeded random generator (the same cases on every run). */
function random(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x7fffffff;
  };
}

const REPLACEMENTS: unknown[] = [null, "x", "", 1, 1.5, -1, 0, true, [], {}, ["x"], { x: 1 }, 2020];

/**
 * `count` copies of `value`, each with one random change somewhere inside: a member removed, replaced by a value
 * of another kind, or an unknown member added.
 */
export function* mutations(value: unknown, count: number, seed = 1): Generator<unknown> {
  const rnd = random(seed);
  for (let n = 0; n < count; n++) {
    const copy = structuredClone(value);
    // Walk down a random path, then change the member reached.
    let parent: Record<string, unknown> | unknown[] | undefined;
    let key: string | number | undefined;
    let node: unknown = copy;
    for (let depth = 0; depth < 8 && node !== null && typeof node === "object" && rnd() < 0.8; depth++) {
      const keys = Object.keys(node);
      if (keys.length === 0) break;
      const k = keys[Math.floor(rnd() * keys.length)]!;
      parent = node as Record<string, unknown>;
      key = Array.isArray(node) ? Number(k) : k;
      node = (node as Record<string, unknown>)[k];
    }
    const r = rnd();
    if (parent === undefined || key === undefined) {
      yield REPLACEMENTS[Math.floor(rnd() * REPLACEMENTS.length)];
      continue;
    }
    if (r < 0.2) {
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key as string];
    } else if (r < 0.3 && !Array.isArray(parent)) parent[`unknown${n}`] = 1;
    else if (r < 0.4 && Array.isArray(parent)) parent.push(structuredClone(parent[0]) ?? 1);
    else
      (parent as Record<string, unknown>)[key as string] =
        REPLACEMENTS[Math.floor(rnd() * REPLACEMENTS.length)];
    yield copy;
  }
}
