import { describe, expect, it } from "vitest";
import { emptyCriteria, type Criteria } from "./peers.ts";
import {
  decodeState,
  DEFAULT_INDICATORS,
  encodeState,
  LIMITS,
  parseState,
  type CompareState,
} from "./state.ts";

const roundTrip = (s: CompareState) => decodeState(encodeState(s));

/** Every criterion set, for the "eigen" group. */
const OWN: Criteria = {
  sector: "po",
  sizeClasses: ["po-2", "po-3"],
  provinces: ["Utrecht", "Noord-Brabant"],
  municipalities: ["'s-Hertogenbosch", "Súdwest-Fryslân"],
  denominations: ["Openbaar", "Rooms-Katholiek"],
  swv: ["PO2601", "PO3002"],
  schoolTypes: ["bo", "sbo"],
  pupilsMin: 500,
  pupilsMax: 2000,
  achterstandMin: 29.5,
  achterstandMax: 31,
  include: ["10001", "41234"],
  onlyPicked: true,
  activeOnly: false,
};

describe("decodeState", () => {
  it("decodeState('') is the default state: po, grouped by size, k 20, active boards, default indicators", () => {
    expect(decodeState("")).toEqual({
      mode: "grootte",
      k: 20,
      criteria: emptyCriteria("po"),
      indicators: DEFAULT_INDICATORS.po,
    });
  });

  it("decodeState(search) takes vo's default indicators for sector=vo", () => {
    const s = decodeState("?sector=vo");
    expect(s.criteria.sector).toBe("vo");
    expect(s.indicators).toEqual(DEFAULT_INDICATORS.vo);
  });

  it("decodeState(search) reads every field", () => {
    const s = decodeState(
      "?bestuur=10001&sector=vo&groep=eigen&k=30&grootte=vo-1,vo-2&provincie=Utrecht&gemeente=Zeist" +
        "&denominatie=Openbaar&swv=vo2601&soort=vso&leerlingen=500-2000&achterstand=29.5-31&kies=10002,10003" +
        "&alleen=1&actief=0&ind=leerlingen,vsv",
    );
    expect(s).toEqual({
      board: "10001",
      mode: "eigen",
      k: 30,
      criteria: {
        sector: "vo",
        sizeClasses: ["vo-1", "vo-2"],
        provinces: ["Utrecht"],
        municipalities: ["Zeist"],
        denominations: ["Openbaar"],
        swv: ["VO2601"],
        schoolTypes: ["vso"],
        pupilsMin: 500,
        pupilsMax: 2000,
        achterstandMin: 29.5,
        achterstandMax: 31,
        include: ["10002", "10003"],
        onlyPicked: true,
        activeOnly: false,
      },
      indicators: ["leerlingen", "vsv"],
    });
  });

  it("decodeState(search) drops a malformed board id", () => {
    for (const bad of ["123", "abcde", "123456", "1000a", ""])
      expect(decodeState(`?bestuur=${bad}`)).not.toHaveProperty("board");
  });

  it("decodeState(search) clamps k to 3-100 and rounds it; a k that is not a number is 20", () => {
    expect(decodeState("?k=1").k).toBe(3);
    expect(decodeState("?k=-5").k).toBe(3);
    expect(decodeState("?k=1000").k).toBe(100);
    expect(decodeState("?k=12.6").k).toBe(13);
    expect(decodeState("?k=abc").k).toBe(20);
    expect(decodeState("?k=").k).toBe(20);
  });

  it('decodeState(search) falls back to "grootte" for an unknown group mode', () => {
    expect(decodeState("?groep=alles").mode).toBe("grootte");
    expect(decodeState("?groep=").mode).toBe("grootte");
    expect(decodeState("?groep=vergelijkbaar").mode).toBe("vergelijkbaar");
  });

  it("decodeState(search) falls back to po for an unknown sector", () => {
    expect(decodeState("?sector=mbo").criteria.sector).toBe("po");
  });

  it("decodeState(search) keeps only 5-digit picks and trims empty list items", () => {
    const s = decodeState("?kies=10001,,abc, 10002 ,123456&provincie=Utrecht,,%20Gelderland%20");
    expect(s.criteria.include).toEqual(["10001", "10002"]);
    expect(s.criteria.provinces).toEqual(["Utrecht", "Gelderland"]);
  });

  it("decodeState(search) reads a range with one open end and ignores one that is not a number", () => {
    expect(decodeState("?leerlingen=500-").criteria).toMatchObject({ pupilsMin: 500, pupilsMax: undefined });
    expect(decodeState("?leerlingen=-2000").criteria).toMatchObject({
      pupilsMin: undefined,
      pupilsMax: 2000,
    });
    expect(decodeState("?achterstand=veel-weinig").criteria).toMatchObject({
      achterstandMin: undefined,
      achterstandMax: undefined,
    });
  });

  it("decodeState(search) only switches onlyPicked on with 1 and activeOnly off with 0", () => {
    expect(decodeState("?alleen=ja").criteria.onlyPicked).toBe(false);
    expect(decodeState("?actief=nee").criteria.activeOnly).toBe(true);
    expect(decodeState("?actief=0").criteria.activeOnly).toBe(false);
  });

  it("decodeState(search) with an empty indicator list takes the defaults", () => {
    expect(decodeState("?ind=").indicators).toEqual(DEFAULT_INDICATORS.po);
    expect(decodeState("?ind=,,").indicators).toEqual(DEFAULT_INDICATORS.po);
  });
});

describe("encodeState", () => {
  it("encodeState(s) writes a fixed key order, so equal states give identical strings", () => {
    const a: CompareState = {
      board: "10001",
      mode: "eigen",
      k: 20,
      criteria: { ...OWN },
      indicators: ["leerlingen", "solvabiliteit-2"],
    };
    // The same state built in another order.
    const b: CompareState = {
      indicators: ["leerlingen", "solvabiliteit-2"],
      criteria: Object.fromEntries(Object.entries(OWN).reverse()) as unknown as Criteria,
      k: 20,
      mode: "eigen",
      board: "10001",
    };
    expect(encodeState(b)).toBe(encodeState(a));
    expect(encodeState(a)).toBe(
      "?bestuur=10001&sector=po&groep=eigen&grootte=po-2%2Cpo-3&provincie=Utrecht%2CNoord-Brabant" +
        "&gemeente=%27s-Hertogenbosch%2CS%C3%BAdwest-Frysl%C3%A2n&denominatie=Openbaar%2CRooms-Katholiek" +
        "&swv=PO2601%2CPO3002&soort=bo%2Csbo&leerlingen=500-2000&achterstand=29.5-31&kies=10001%2C41234&alleen=1&actief=0" +
        "&ind=leerlingen%2Csolvabiliteit-2",
    );
  });

  it("encodeState(decodeState(x)) is stable: encoding twice gives the same string", () => {
    const once = encodeState(decodeState("?groep=eigen&provincie=Utrecht&k=7&bestuur=10001"));
    expect(encodeState(decodeState(once))).toBe(once);
  });

  it("encodeState(s) writes k only for similar boards and criteria only for an own group", () => {
    const base: CompareState = { mode: "grootte", k: 30, criteria: { ...OWN }, indicators: ["leerlingen"] };
    expect(encodeState(base)).toBe("?sector=po&groep=grootte&ind=leerlingen");
    expect(encodeState({ ...base, mode: "vergelijkbaar" })).toBe(
      "?sector=po&groep=vergelijkbaar&k=30&ind=leerlingen",
    );
  });
});

describe("decodeState(encodeState(s))", () => {
  it("decodeState(encodeState(s)) round-trips every criterion of an own group", () => {
    const s: CompareState = {
      board: "10001",
      mode: "eigen",
      k: 20,
      criteria: OWN,
      indicators: ["leerlingen", "vsv"],
    };
    expect(roundTrip(s)).toEqual(s);
  });

  it("decodeState(encodeState(s)) round-trips each criterion on its own", () => {
    const cases: Partial<Criteria>[] = [
      { sizeClasses: ["po-5"] },
      { provinces: ["Zeeland"] },
      { municipalities: ["Den Haag"] },
      { denominations: ["Protestants-Christelijk"] },
      { swv: ["PO2817"] },
      { schoolTypes: ["so"] },
      { pupilsMin: 100 },
      { pupilsMax: 9999 },
      { achterstandMin: 28.25 },
      { achterstandMax: 33 },
      { include: ["12345"] },
      { include: ["12345"], onlyPicked: true },
      { activeOnly: false },
    ];
    for (const c of cases) {
      const s: CompareState = {
        mode: "eigen",
        k: 20,
        criteria: { ...emptyCriteria("po"), ...c },
        indicators: DEFAULT_INDICATORS.po,
      };
      expect(roundTrip(s), JSON.stringify(c)).toEqual(s);
    }
  });

  it("decodeState(encodeState(s)) round-trips board, sector, mode, k and indicators", () => {
    const states: CompareState[] = [
      { mode: "grootte", k: 20, criteria: emptyCriteria("po"), indicators: DEFAULT_INDICATORS.po },
      { board: "99999", mode: "grootte", k: 20, criteria: emptyCriteria("vo"), indicators: ["vsv"] },
      {
        board: "00001",
        mode: "vergelijkbaar",
        k: 3,
        criteria: emptyCriteria("po"),
        indicators: ["leerlingen"],
      },
      { mode: "vergelijkbaar", k: 100, criteria: emptyCriteria("vo"), indicators: DEFAULT_INDICATORS.vo },
      { mode: "eigen", k: 20, criteria: emptyCriteria("vo"), indicators: ["leerlingen", "slaagpercentage"] },
    ];
    for (const s of states) expect(roundTrip(s)).toEqual(s);
  });
});

describe("parseState(search, known): hostile and malformed input", () => {
  const KNOWN = {
    indicators: (s: "po" | "vo") =>
      s === "po" ? ["leerlingen", "aandeel-speciaal", "solvabiliteit-2"] : ["vsv"],
    sizeClasses: (s: "po" | "vo") => [`${s}-1`, `${s}-2`],
    municipalities: ["Utrecht", "Zeist"],
    denominations: ["Openbaar"],
    swv: ["PO2601"],
    boards: ["10001", "10002"],
  };
  const PROTO_KEYS = ["__proto__", "hasOwnProperty", "toString", "constructor", "valueOf", "prototype"];

  it("parseState(search, known) drops prototype keys as indicator ids, with a notice, and never throws", () => {
    for (const key of PROTO_KEYS) {
      const { state, notices } = parseState(`?bestuur=10001&ind=${key}`, KNOWN);
      expect(state.indicators, key).toEqual(["leerlingen", "aandeel-speciaal", "solvabiliteit-2"]);
      expect(notices.join(" "), key).toContain(key);
      expect(notices.join(" ")).toContain("standaardindicatoren");
    }
  });

  it("parseState(search) without known ids still drops prototype keys that are not id-shaped", () => {
    for (const key of ["__proto__", "hasOwnProperty", "toString", "valueOf"])
      expect(parseState(`?ind=${key}`).state.indicators).toEqual(DEFAULT_INDICATORS.po);
  });

  it("parseState(search, known) keeps known ids, drops unknown ones and duplicates, and names the dropped", () => {
    const { state, notices } = parseState("?ind=leerlingen,bestaat-niet,leerlingen,__proto__", KNOWN);
    expect(state.indicators).toEqual(["leerlingen"]);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain('"bestaat-niet"');
    expect(notices[0]).toContain('"__proto__"');
  });

  it("parseState(search, known) checks ids against the sector of the state", () => {
    expect(parseState("?sector=vo&ind=vsv,leerlingen", KNOWN).state.indicators).toEqual(["vsv"]);
  });

  it("parseState(search, known) drops prototype keys and unknown values in every list criterion", () => {
    const q = PROTO_KEYS.join(",");
    const { state, notices } = parseState(
      `?groep=eigen&provincie=${q}&gemeente=${q}&denominatie=${q}&swv=${q}&grootte=${q}&kies=${q}&soort=${q}`,
      KNOWN,
    );
    expect(state.criteria).toEqual({ ...emptyCriteria("po") });
    expect(notices.length).toBeGreaterThanOrEqual(6);
  });

  it("parseState(search) with a prototype key as parameter name or value of any scalar gives defaults", () => {
    for (const key of PROTO_KEYS) {
      const { state } = parseState(
        `?${key}=1&bestuur=${key}&sector=${key}&groep=${key}&k=${key}&leerlingen=${key}&achterstand=${key}`,
      );
      expect(state).toEqual({
        mode: "grootte",
        k: 20,
        criteria: emptyCriteria("po"),
        indicators: DEFAULT_INDICATORS.po,
      });
    }
  });

  it("parseState(search) ignores a query string longer than the limit, with a notice", () => {
    const { state, notices } = parseState(`?bestuur=10001&ind=${"a,".repeat(LIMITS.query)}`);
    expect(state).not.toHaveProperty("board");
    expect(state.indicators).toEqual(DEFAULT_INDICATORS.po);
    expect(notices[0]).toContain("te lang");
  });

  it("parseState(search) caps a long list at the item limit and drops overlong items", () => {
    const ids = Array.from({ length: 100 }, (_, i) => String(10000 + i));
    const { state, notices } = parseState(`?kies=${ids.join(",")},${"1".repeat(200)}`);
    expect(state.criteria.include).toHaveLength(LIMITS.items);
    expect(notices.some((n) => n.includes("Te veel"))).toBe(true);
    expect(notices.some((n) => n.includes("weggelaten"))).toBe(true);
  });

  it("parseState(search) rejects numbers that are not plain decimals: Infinity, 1e400, hex, negative, huge", () => {
    for (const bad of ["Infinity-", "1e400-", "0x10-", "--5", "99999999999-", "1-2-3", "NaN-NaN"]) {
      const { state, notices } = parseState(`?leerlingen=${bad}`);
      expect(state.criteria.pupilsMin, bad).toBeUndefined();
      expect(state.criteria.pupilsMax, bad).toBeUndefined();
      expect(notices, bad).toHaveLength(1);
    }
    expect(parseState("?k=Infinity").state.k).toBe(20);
    expect(parseState("?k=1e3").state.k).toBe(20);
  });

  it("parseState(search) reads a decimal comma and swaps a reversed range, with a notice", () => {
    const { state, notices } = parseState("?achterstand=31,5-29");
    expect(state.criteria).toMatchObject({ achterstandMin: 29, achterstandMax: 31.5 });
    expect(notices[0]).toContain("omgedraaid");
  });

  it("parseState(search) survives malformed percent-encoding and control characters", () => {
    for (const q of ["?ind=%E0%A4%A", "?ind=%", "?bestuur=%00%01", "?%=%&&&==", "?ind=%3Cscript%3E"]) {
      const { state } = parseState(q);
      expect(state.indicators).toEqual(DEFAULT_INDICATORS.po);
    }
    const { notices } = parseState("?bestuur=%00%1b<b>");
    expect(notices[0]).not.toContain(String.fromCharCode(0));
    expect(notices[0]).not.toContain(String.fromCharCode(27));
  });

  it("parseState(search, known) says so for an unknown board, sector or group, and a k out of range", () => {
    const n = parseState("?bestuur=99999&sector=mbo&groep=alles&k=500", KNOWN).notices.join(" ");
    expect(n).toContain("99999");
    expect(n).toContain("mbo");
    expect(n).toContain("alles");
    expect(n).toContain("tussen 3 en 100");
  });

  it("parseState(search, known) gives no notice for a clean link", () => {
    const s: CompareState = {
      board: "10001",
      mode: "eigen",
      k: 20,
      criteria: {
        ...emptyCriteria("po"),
        sizeClasses: ["po-2"],
        provinces: ["Utrecht"],
        municipalities: ["Zeist"],
        denominations: ["Openbaar"],
        swv: ["PO2601"],
        pupilsMin: 100,
        include: ["10002"],
      },
      indicators: ["leerlingen", "solvabiliteit-2"],
    };
    expect(parseState(encodeState(s), KNOWN)).toEqual({ state: s, notices: [] });
  });

  it("parseState(search) accepts a non-string without throwing", () => {
    expect(parseState(undefined as unknown as string).state.indicators).toEqual(DEFAULT_INDICATORS.po);
  });
});
