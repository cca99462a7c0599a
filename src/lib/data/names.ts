const PARTICLES = new Set([
  "aan",
  "den",
  "de",
  "der",
  "en",
  "van",
  "op",
  "in",
  "het",
  "ter",
  "te",
  "bij",
  "over",
  "onder",
]);

function capitalise(word: string): string {
  if (word === "") return word;
  if (/^\(.*\)$/.test(word)) return word.toUpperCase(); // BERGEN (NH), BERGEN (L)
  const lower = word.toLocaleLowerCase("nl-NL");
  if (lower.startsWith("ij")) return "IJ" + lower.slice(2);
  return lower.charAt(0).toLocaleUpperCase("nl-NL") + lower.slice(1);
}

/**
 * Turns DUO's uppercase municipality names into their usual spelling:
 * `ALPHEN AAN DEN RIJN` → `Alphen aan den Rijn`, `'S-HERTOGENBOSCH` → `'s-Hertogenbosch`,
 * `CAPELLE AAN DEN IJSSEL` → `Capelle aan den IJssel`; `S GRAVENHAGE` and `'s Gravenhage` → `'s-Gravenhage`.
 * Mixed-case input is otherwise returned as is.
 */
export function municipalityName(raw: string): string {
  // "S GRAVENHAGE", "'S GRAVENHAGE", "'s Gravenhage": some files drop the apostrophe or the hyphen of 's-.
  const s = raw
    .trim()
    .replace(/\s+/g, " ")
    .replace(/^'?([sS])[ -](?=\S)/, "'$1-");
  if (s !== s.toUpperCase()) return s.replace(/^'S-/, "'s-");
  return s
    .split(" ")
    .map((word, i) => {
      const lower = word.toLocaleLowerCase("nl-NL");
      if (lower.startsWith("'s-")) return "'s-" + word.slice(3).split("-").map(capitalise).join("-");
      if (i > 0 && PARTICLES.has(lower)) return lower;
      return word.split("-").map(capitalise).join("-");
    })
    .join(" ");
}

/** Collapses runs of spaces that DUO leaves in names (`Mytylschool  Kiem`). */
export const cleanName = (s: string): string => s.replace(/\s+/g, " ").trim();
