/** Why a value is missing. Every missing value carries one; none is ever shown as 0. */
export type MissingReason =
  | "suppressed-small" // `<5`: DUO hides counts under 5
  | "suppressed" // `*` or `**`: DUO hides the cell for privacy
  | "not-reported" // empty cell: the item was not reported
  | "not-in-source" // the open files hold no value for this board and year
  | "division-by-zero" // the denominator is 0
  | "board-level-staff" // staff booked at board level were left out of the extract
  | "no-central-exams" // 2019-2020: no central exams (COVID)
  | "incomplete" // some inputs are missing, so the figure would mislead
  | "impossible"; // the computed value lies outside the indicator's physical bounds (a share over 100, a negative count)

/** A cell value: a number, or missing with its reason. */
export type Cell = number | { missing: MissingReason };

/** Dutch labels for the reasons, as shown on the site. */
export const missingLabel: Record<MissingReason, string> = {
  "suppressed-small": "afgeschermd: minder dan 5",
  suppressed: "afgeschermd door DUO (kleine aantallen)",
  "not-reported": "niet gerapporteerd",
  "not-in-source": "niet in de open data",
  "division-by-zero": "niet te berekenen (deling door 0)",
  "board-level-staff": "personeel op bestuursniveau geregistreerd; niet in het extract",
  "no-central-exams": "geen centrale examens in 2019-2020 (corona)",
  incomplete: "onvolledige gegevens",
  impossible: "onmogelijke waarde in de bron",
};

/** True when a cell holds a number. */
export const isNumber = (c: Cell | undefined): c is number => typeof c === "number";

export type DecimalMark = "," | ".";

/** The outcome of reading one textual cell as a number. */
export type NumberParse = { ok: true; value: Cell } | { ok: false; reason: string };

const SUPPRESSION: Record<string, MissingReason> = {
  "<5": "suppressed-small",
  "*": "suppressed",
  "**": "suppressed",
};

/**
 * Reads a Dutch-formatted number: `3.403.793`, `-118.284`, `148.099,21`, `46,9`, `83,3%`, `,0%`;
 * with decimal mark "." also `90.9` and a spreadsheet's stored `1.8194663812345808e-3`. Suppression markers and empty cells become missing values
 * with a reason; anything else that is not a number is an error (never 0).
 */
export function parseDutchNumber(raw: string, decimal: DecimalMark = ","): NumberParse {
  // Plain whole numbers (most cells) read the same with either decimal mark.
  if (/^\d{1,15}$/.test(raw)) {
    const value = Number(raw);
    return { ok: true, value: value === 0 ? 0 : value };
  }
  const s = raw.trim();
  if (s === "") return { ok: true, value: { missing: "not-reported" } };
  const marker = SUPPRESSION[s];
  if (marker) return { ok: true, value: { missing: marker } };
  let body = s.endsWith("%") ? s.slice(0, -1).trim() : s;
  if (decimal === ",") {
    if (!/^[-+]?(\d{1,3}(\.\d{3})+|\d*)(,\d+)?$/.test(body) || body === "-" || body === "")
      return { ok: false, reason: `not a Dutch number: "${raw}"` };
    body = body.replaceAll(".", "").replace(",", ".");
  } else if (!/^[-+]?(\d+(\.\d*)?|\.\d+)(e[-+]?\d+)?$/i.test(body)) {
    return { ok: false, reason: `not a number with a decimal point: "${raw}"` };
  }
  const value = Number(body);
  if (!Number.isFinite(value)) return { ok: false, reason: `not a finite number: "${raw}"` };
  return { ok: true, value: value === 0 ? 0 : value }; // no -0
}
