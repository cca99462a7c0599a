// The indicator registry: one definition per indicator, used by the pipeline, every page and every chart.

/** The four performance fields of the benchmark, plus samenwerkingsverbanden. */
export type Field = "onderwijs" | "leerling-ouder" | "financien" | "medewerkers" | "swv";
export type Sector = "po" | "vo";
export type Unit = "count" | "percent" | "ratio" | "euro" | "score" | "km";
export type Direction = "higher" | "lower" | "neutral";
/** How a `year` number is read: peildatum 1 oktober Y (school year Y-Y+1), school year Y-Y+1, or calendar year Y. */
export type YearKind = "peildatum" | "schooljaar" | "kalenderjaar";

export interface SignalValue {
  /** The value itself, in the indicator's unit (fraction for ratios, percent points for percentages). */
  value: number;
  /** A board is signalled when its value is below / above this. */
  when: "below" | "above";
  label: string;
  source: string;
  url: string;
}

export interface IndicatorDef {
  id: string;
  label: string;
  short: string;
  field: Field;
  level: "board" | "swv";
  sectors: Sector[];
  unit: Unit;
  decimals: number;
  definition: string;
  formula: string;
  sources: string[];
  yearKind: YearKind;
  direction: Direction;
  /** True when board values can be added up to a sector total. */
  summable: boolean;
  signal?: SignalValue;
  caveats: string[];
}

const INSPECTIE_2016 = {
  source: "Inspectie van het Onderwijs, Kengetallen en signaalwaarden continuïteitstoezicht (2016)",
  url: "https://www.onderwijsinspectie.nl/onderwerpen/toezicht-op-financieel-beheer/documenten/richtlijnen/2016/09/23/kengetallen-en-signaalwaarden-continuiteitstoezicht",
};
const INSPECTIE_NU = {
  source:
    "Inspectie van het Onderwijs, Risico-indicatoren en signaleringswaarden financieel continuïteitstoezicht",
  url: "https://www.onderwijsinspectie.nl/onderwerpen/toezicht-op-financieel-beheer/risico-indicatoren-en-signaleringswaarden-financieel-continuiteitstoezicht",
};

const FINANCE_CAVEAT =
  "Alleen po: de open bestanden hier bevatten geen financiële gegevens van vo-besturen. Jaren 2011-2015.";

/** Every indicator of the portal. The order is the order on the pages. */
export const INDICATORS: IndicatorDef[] = [
  // leerling & ouder
  {
    id: "leerlingen",
    label: "Aantal leerlingen",
    short: "Leerlingen",
    field: "leerling-ouder",
    level: "board",
    sectors: ["po", "vo"],
    unit: "count",
    decimals: 0,
    definition:
      "Het aantal ingeschreven leerlingen op 1 oktober, opgeteld over alle vestigingen van het bestuur.",
    formula: "som van de leerlingen per vestiging op 1 oktober",
    sources: [
      "po-leerlingen-historisch",
      "vo-leerlingen-bestuur-2017",
      "vo-leerlingen-bestuur-2022",
      "vo-leerlingen-onderwijstype-2016",
    ],
    yearKind: "peildatum",
    direction: "neutral",
    summable: true,
    caveats: [
      "Po (1996-2025): DUO telt alle jaren bij het huidige bestuur van de vestiging op; fusies in het verleden zijn dus al verwerkt.",
      "Po: vestigingen met minder dan 5 leerlingen zijn afgeschermd (<5). Het totaal telt die niet mee en is dan een ondergrens (≥).",
      "Vo (2016-2022): leerlingen inclusief leerlingen die zijn uitbesteed aan het vavo. Voor 2016 via de koppeling vestiging–bestuur van 2017.",
    ],
  },
  {
    id: "leerlingen-verandering-5j",
    label: "Verandering van het aantal leerlingen in 5 jaar",
    short: "Groei 5 jaar",
    field: "leerling-ouder",
    level: "board",
    sectors: ["po", "vo"],
    unit: "percent",
    decimals: 1,
    definition: "De procentuele verandering van het aantal leerlingen ten opzichte van vijf jaar eerder.",
    formula: "(leerlingen in jaar J ÷ leerlingen in jaar J−5 − 1) × 100",
    sources: ["po-leerlingen-historisch", "vo-leerlingen-bestuur-2017", "vo-leerlingen-bestuur-2022"],
    yearKind: "peildatum",
    direction: "neutral",
    summable: false,
    caveats: ["Alleen als beide jaren een volledig (niet afgeschermd) aantal hebben."],
  },
  {
    id: "vestigingen",
    label: "Aantal vestigingen",
    short: "Vestigingen",
    field: "leerling-ouder",
    level: "board",
    sectors: ["po", "vo"],
    unit: "count",
    decimals: 0,
    definition: "Het aantal schoolvestigingen van het bestuur met leerlingen op 1 oktober.",
    formula: "aantal vestigingen met meer dan 0 leerlingen",
    sources: ["po-leerlingen-historisch", "vo-leerlingen-bestuur-2017", "vo-leerlingen-bestuur-2022"],
    yearKind: "peildatum",
    direction: "neutral",
    summable: true,
    caveats: ["Een vestiging met een afgeschermd aantal (<5) telt mee: zij heeft leerlingen."],
  },
  {
    id: "aandeel-speciaal",
    label: "Aandeel leerlingen in sbo, so en vso",
    short: "Sbo/so/vso",
    field: "leerling-ouder",
    level: "board",
    sectors: ["po"],
    unit: "percent",
    decimals: 1,
    definition:
      "Het deel van de leerlingen van het bestuur dat op een school voor speciaal basisonderwijs (sbo), speciaal onderwijs (so) of voortgezet speciaal onderwijs (vso) zit.",
    formula: "(leerlingen sbo + so + vso + so/vso) ÷ alle leerlingen × 100",
    sources: ["po-leerlingen-historisch"],
    yearKind: "peildatum",
    direction: "neutral",
    summable: false,
    caveats: [
      "Veel besturen hebben alleen basisscholen (0%) of alleen speciale scholen (100%). Vergelijk met besturen van dezelfde soort.",
      "Alleen als geen enkele vestiging van het bestuur een afgeschermd aantal heeft.",
    ],
  },
  {
    id: "aandeel-gewichtenleerlingen",
    label: "Aandeel gewichtenleerlingen",
    short: "Gewichtenleerlingen",
    field: "leerling-ouder",
    level: "board",
    sectors: ["po"],
    unit: "percent",
    decimals: 1,
    definition:
      "Het deel van de basisschoolleerlingen met een leerlinggewicht (0,30 of 1,20), op grond van de opleiding van de ouders. Deze regeling is in 2019 vervangen door de CBS-achterstandsscore.",
    formula: "(leerlingen met gewicht 0,30 + 1,20) ÷ alle leerlingen bo × 100",
    sources: ["po-leerlingen-gewicht-2016"],
    yearKind: "peildatum",
    direction: "neutral",
    summable: false,
    caveats: ["Alleen basisonderwijs (geen sbo/so/vso). Alleen 1 oktober 2016 in de open bestanden hier."],
  },
  {
    id: "achterstandsscore",
    label: "CBS-achterstandsscore (leerlinggewogen)",
    short: "Achterstandsscore",
    field: "leerling-ouder",
    level: "board",
    sectors: ["po"],
    unit: "score",
    decimals: 1,
    definition:
      "De verwachte onderwijsachterstand van de leerlingen volgens het CBS, op basis van onder meer opleiding en herkomst van de ouders. Per bestuur: het gemiddelde van de scores van zijn basisscholen, gewogen naar het aantal leerlingen.",
    formula: "Σ(score × leerlingen) ÷ Σ leerlingen over de vestigingen van het bestuur",
    sources: ["cbs-achterstandsscores-2019", "po-vestigingen-2020"],
    yearKind: "peildatum",
    direction: "neutral",
    summable: false,
    caveats: [
      "CBS-cijfers per vestiging van 1 oktober 2019, aan besturen gekoppeld met de vestigingenlijst van ca. 2020.",
      "De score zegt iets over de leerlingen, niet over de kwaliteit van de school.",
    ],
  },
  {
    id: "afstand-woon-school",
    label: "Gemiddelde afstand tussen woning en school",
    short: "Afstand",
    field: "leerling-ouder",
    level: "board",
    sectors: ["po"],
    unit: "km",
    decimals: 2,
    definition:
      "De gemiddelde afstand tussen het woonadres van de leerling en de schoolvestiging, in kilometers.",
    formula:
      "Σ(gemiddelde afstand per vestiging × leerlingen) ÷ Σ leerlingen, gedeeld door 1.000 (meters → km)",
    sources: ["po-afstand-2016"],
    yearKind: "peildatum",
    direction: "neutral",
    summable: false,
    caveats: ["DUO levert de afstand per vestiging in meters; hier omgerekend naar kilometers. Alleen 2016."],
  },
  // onderwijs
  {
    id: "slaagpercentage",
    label: "Slaagpercentage (alle onderwijstypen)",
    short: "Geslaagd",
    field: "onderwijs",
    level: "board",
    sectors: ["vo"],
    unit: "percent",
    decimals: 1,
    definition:
      "Het deel van de examenkandidaten dat slaagde, over alle vestigingen en opleidingen van het bestuur, gewogen naar het aantal kandidaten.",
    formula: "Σ geslaagden ÷ Σ examenkandidaten × 100",
    sources: [
      "vo-examens-2014-2019",
      "vo-examens-2019-2024",
      "vo-leerlingen-bestuur-2017",
      "vo-leerlingen-bestuur-2022",
    ],
    yearKind: "schooljaar",
    direction: "higher",
    summable: false,
    caveats: [
      "2019-2020: geen centrale examens door corona; de uitslag rust alleen op het schoolexamen en is niet vergelijkbaar met andere jaren.",
      "Vanaf 2019-2020 schermt DUO aantallen onder 5 af (<5). Opleidingen met een afgeschermd aantal tellen niet mee; het aantal meegetelde kandidaten staat erbij.",
      "Vestigingen zijn gekoppeld aan besturen met de lijst van het dichtstbijzijnde jaar (2017 voor eerdere jaren, 2022 voor latere).",
    ],
  },
  ...(["vmbo", "havo", "vwo"] as const).map((t): IndicatorDef => ({
    id: `slaagpercentage-${t}`,
    label: `Slaagpercentage ${t}`,
    short: `Geslaagd ${t}`,
    field: "onderwijs",
    level: "board",
    sectors: ["vo"],
    unit: "percent",
    decimals: 1,
    definition: `Het deel van de examenkandidaten ${t} dat slaagde, gewogen naar het aantal kandidaten.`,
    formula: `Σ geslaagden ${t} ÷ Σ examenkandidaten ${t} × 100`,
    sources: ["vo-examens-2014-2019", "vo-examens-2019-2024"],
    yearKind: "schooljaar",
    direction: "higher",
    summable: false,
    caveats: [
      "2019-2020: geen centrale examens door corona; niet vergelijkbaar met andere jaren.",
      "Opleidingen met een afgeschermd aantal (<5) tellen niet mee.",
    ],
  })),
  ...(
    [
      ["cet", "Centrale Eindtoets (Cito)", "CET"],
      ["iep", "IEP Eindtoets", "IEP"],
      ["route8", "ROUTE 8", "ROUTE8"],
    ] as const
  ).map(([id, name, col]): IndicatorDef => ({
    id: `eindtoets-${id}`,
    label: `Gemiddelde score eindtoets: ${name}`,
    short: `Eindtoets ${col}`,
    field: "onderwijs",
    level: "board",
    sectors: ["po"],
    unit: "score",
    decimals: 1,
    definition: `De gemiddelde score op de ${name} van de leerlingen in groep 8 die deze toets maakten, gewogen naar het aantal leerlingen per vestiging.`,
    formula: `Σ(${col}_GEM × ${col}_AANTAL) ÷ Σ ${col}_AANTAL`,
    sources: ["po-eindscores-2015", "po-eindscores-2018"],
    yearKind: "schooljaar",
    direction: "higher",
    summable: false,
    caveats: [
      "De eindtoetsen CET, IEP en ROUTE 8 hebben elk een eigen schaal. Vergelijk alleen scores op dezelfde toets.",
      "Alleen de schooljaren 2015-2016 en 2018-2019 staan in de open bestanden hier.",
    ],
  })),
  {
    id: "vsv",
    label: "Voortijdig schoolverlaters (vsv)",
    short: "Vsv",
    field: "onderwijs",
    level: "board",
    sectors: ["vo"],
    unit: "percent",
    decimals: 2,
    definition:
      "Het deel van de leerlingen dat de school verliet zonder startkwalificatie (voortijdig schoolverlaten).",
    formula: "Σ vsv'ers ÷ Σ leerlingen × 100",
    sources: ["vo-vsv-swv-2015", "vo-leerlingen-bestuur-2017"],
    yearKind: "kalenderjaar",
    direction: "lower",
    summable: false,
    caveats: ["Alleen 2015. Vestigingen gekoppeld aan besturen met de lijst van 2017."],
  },
  {
    id: "zittenblijven",
    label: "Zittenblijvers",
    short: "Zittenblijven",
    field: "onderwijs",
    level: "board",
    sectors: ["vo"],
    unit: "percent",
    decimals: 1,
    definition:
      "Het deel van de leerlingen dat in 2015-2016 een jaar overdeed (in 2016-2017 in hetzelfde leerjaar zat).",
    formula: "Σ zittenblijvers ÷ Σ leerlingen × 100",
    sources: ["vo-zittenblijven-2015", "vo-leerlingen-bestuur-2017"],
    yearKind: "schooljaar",
    direction: "lower",
    summable: false,
    caveats: [
      "Alleen 2015-2016. Een tweede bestand over zittenblijven noemt geen jaar en is daarom niet gebruikt.",
    ],
  },
  // financiën & huisvesting
  {
    id: "solvabiliteit-1",
    label: "Solvabiliteit I",
    short: "Solvabiliteit I",
    field: "financien",
    level: "board",
    sectors: ["po"],
    unit: "ratio",
    decimals: 2,
    definition: "Het deel van het totale vermogen dat eigen vermogen is.",
    formula: "eigen vermogen ÷ totaal passiva",
    sources: ["po-balans"],
    yearKind: "kalenderjaar",
    direction: "higher",
    summable: false,
    caveats: [FINANCE_CAVEAT],
  },
  {
    id: "solvabiliteit-2",
    label: "Solvabiliteit II",
    short: "Solvabiliteit II",
    field: "financien",
    level: "board",
    sectors: ["po"],
    unit: "ratio",
    decimals: 2,
    definition:
      "Het deel van het totale vermogen dat eigen vermogen of voorziening is: kan het bestuur op lange termijn aan zijn verplichtingen voldoen?",
    formula: "(eigen vermogen + voorzieningen) ÷ totaal passiva",
    sources: ["po-balans"],
    yearKind: "kalenderjaar",
    direction: "higher",
    summable: false,
    signal: {
      value: 0.3,
      when: "below",
      label: "signaleringswaarde van de inspectie: lager dan 0,30",
      ...INSPECTIE_NU,
    },
    caveats: [FINANCE_CAVEAT],
  },
  {
    id: "liquiditeit",
    label: "Liquiditeit (current ratio)",
    short: "Liquiditeit",
    field: "financien",
    level: "board",
    sectors: ["po"],
    unit: "ratio",
    decimals: 2,
    definition: "Kan het bestuur zijn kortlopende schulden betalen uit zijn vlottende middelen?",
    formula: "vlottende activa ÷ kortlopende schulden",
    sources: ["po-balans"],
    yearKind: "kalenderjaar",
    direction: "higher",
    summable: false,
    signal: {
      value: 0.75,
      when: "below",
      label: "signaleringswaarde van de inspectie in 2011-2015: lager dan 0,75",
      ...INSPECTIE_2016,
    },
    caveats: [
      FINANCE_CAVEAT,
      "Sinds jaarverslag 2020 hangt de signaleringswaarde af van de omvang: kleiner dan 1,5 (baten onder € 3 mln), 1,0 (€ 3-12 mln) of 0,75 (boven € 12 mln).",
    ],
  },
  {
    id: "rentabiliteit",
    label: "Rentabiliteit",
    short: "Rentabiliteit",
    field: "financien",
    level: "board",
    sectors: ["po"],
    unit: "percent",
    decimals: 1,
    definition: "Het resultaat als deel van de totale baten: houden baten en lasten elkaar in evenwicht?",
    formula: "resultaat ÷ totale baten × 100",
    sources: ["po-baten-lasten"],
    yearKind: "kalenderjaar",
    direction: "neutral",
    summable: false,
    signal: {
      value: -10,
      when: "below",
      label: "signaleringswaarde van de inspectie in 2011-2015 (eenjarig): lager dan −10%",
      ...INSPECTIE_2016,
    },
    caveats: [
      FINANCE_CAVEAT,
      "De inspectie hanteert sinds jaarverslag 2020 geen signaleringswaarde meer voor rentabiliteit.",
      "Een hoog positief resultaat is niet per se goed: publiek geld is bedoeld voor onderwijs.",
    ],
  },
  {
    id: "weerstandsvermogen",
    label: "Weerstandsvermogen",
    short: "Weerstandsvermogen",
    field: "financien",
    level: "board",
    sectors: ["po"],
    unit: "percent",
    decimals: 1,
    definition: "Het eigen vermogen als deel van de totale baten: de buffer voor tegenvallers.",
    formula: "eigen vermogen ÷ totale baten × 100",
    sources: ["po-balans", "po-baten-lasten"],
    yearKind: "kalenderjaar",
    direction: "neutral",
    summable: false,
    caveats: [
      FINANCE_CAVEAT,
      "De inspectie hanteert geen signaleringswaarde meer voor het weerstandsvermogen. De signaleringswaarde voor bovenmatig eigen vermogen vraagt een splitsing van de materiële vaste activa die niet in deze bestanden staat.",
    ],
  },
  {
    id: "personeelslasten-aandeel",
    label: "Personeelslasten als deel van de totale lasten",
    short: "Personeelslasten",
    field: "financien",
    level: "board",
    sectors: ["po"],
    unit: "percent",
    decimals: 1,
    definition: "Welk deel van alle lasten naar personeel gaat.",
    formula: "personeelslasten ÷ totale lasten × 100",
    sources: ["po-baten-lasten"],
    yearKind: "kalenderjaar",
    direction: "neutral",
    summable: false,
    caveats: [FINANCE_CAVEAT],
  },
  {
    id: "huisvestingslasten-aandeel",
    label: "Huisvestingslasten als deel van de totale lasten",
    short: "Huisvestingslasten",
    field: "financien",
    level: "board",
    sectors: ["po"],
    unit: "percent",
    decimals: 1,
    definition: "Welk deel van alle lasten naar huisvesting gaat (huur, onderhoud, energie, schoonmaak).",
    formula: "huisvestingslasten ÷ totale lasten × 100",
    sources: ["po-baten-lasten"],
    yearKind: "kalenderjaar",
    direction: "neutral",
    summable: false,
    caveats: [
      FINANCE_CAVEAT,
      "De afschrijving op gebouwen staat niet apart in de open bestanden. Daarom is dit niet de huisvestingsratio van de inspectie (signaleringswaarde tot 2020: hoger dan 10%), maar een benadering die lager uitvalt.",
    ],
  },
  {
    id: "eigen-vermogen-per-leerling",
    label: "Eigen vermogen per leerling",
    short: "Eigen vermogen/lln",
    field: "financien",
    level: "board",
    sectors: ["po"],
    unit: "euro",
    decimals: 0,
    definition: "Het eigen vermogen aan het eind van het jaar, gedeeld door het aantal leerlingen.",
    formula: "eigen vermogen (31 december J) ÷ leerlingen (1 oktober J−1, teldatum van de bekostiging)",
    sources: ["po-balans", "po-personele-bekostiging-2015"],
    yearKind: "kalenderjaar",
    direction: "neutral",
    summable: false,
    caveats: [
      FINANCE_CAVEAT,
      "Alleen 2015: alleen voor dat jaar staat in de open bestanden het aantal leerlingen per bestuur zoals het toen was (teldatum 1 oktober 2014).",
    ],
  },
  {
    id: "baten-per-leerling",
    label: "Totale baten per leerling",
    short: "Baten/lln",
    field: "financien",
    level: "board",
    sectors: ["po"],
    unit: "euro",
    decimals: 0,
    definition: "Alle inkomsten van het bestuur in een jaar, gedeeld door het aantal leerlingen.",
    formula: "totale baten (J) ÷ leerlingen (1 oktober J−1, teldatum van de bekostiging)",
    sources: ["po-baten-lasten", "po-personele-bekostiging-2015"],
    yearKind: "kalenderjaar",
    direction: "neutral",
    summable: false,
    caveats: [
      FINANCE_CAVEAT,
      "Alleen 2015 (teldatum 1 oktober 2014). Besturen met veel speciaal onderwijs krijgen meer per leerling.",
    ],
  },
  // medewerkers
  {
    id: "personeel-personen",
    label: "Onderwijspersoneel in personen",
    short: "Personeel",
    field: "medewerkers",
    level: "board",
    sectors: ["po"],
    unit: "count",
    decimals: 0,
    definition: "Het aantal personen dat bij de scholen van het bestuur werkt (geen fte).",
    formula: "som van de personen per school (BRIN)",
    sources: ["po-personeel-2011-2025"],
    yearKind: "kalenderjaar",
    direction: "neutral",
    summable: true,
    caveats: [
      "Bron is een extract van het DUO-bestand: personeel dat op bestuursniveau staat (bovenschools) ontbreekt. Een jaar waarin alle scholen van een bestuur 0 hebben, geldt daarom als ontbrekend.",
      "Wie op meer scholen werkt, kan meer dan eens geteld zijn.",
      "Kleine aantallen zijn afgeschermd (*); het totaal is dan een ondergrens (≥).",
      "Vo: er is hier geen open personeelsbestand voor het vo. DUO publiceert het als ‘01. Onderwijspersoneel vo in personen 2011-2025’ (xlsx).",
    ],
  },
  {
    id: "leerlingen-per-medewerker",
    label: "Leerlingen per medewerker (personen)",
    short: "Lln/medewerker",
    field: "medewerkers",
    level: "board",
    sectors: ["po"],
    unit: "ratio",
    decimals: 1,
    definition:
      "Het aantal leerlingen gedeeld door het aantal personen in het onderwijspersoneel. Let op: personen, geen fte.",
    formula: "leerlingen (1 oktober J) ÷ onderwijspersoneel in personen (J)",
    sources: ["po-leerlingen-historisch", "po-personeel-2011-2025"],
    yearKind: "kalenderjaar",
    direction: "neutral",
    summable: false,
    caveats: [
      "Personen, geen fte: deeltijd telt als 1. Bovenschools personeel ontbreekt.",
      "Alleen als leerlingen en personeel beide volledig (niet afgeschermd) zijn.",
    ],
  },
  // samenwerkingsverbanden
  {
    id: "swv-leden",
    label: "Aantal aangesloten besturen",
    short: "Besturen",
    field: "swv",
    level: "swv",
    sectors: ["po", "vo"],
    unit: "count",
    decimals: 0,
    definition: "Het aantal schoolbesturen met minstens één vestiging in het samenwerkingsverband.",
    formula: "aantal verschillende besturen van de vestigingen met deze SWV-code",
    sources: ["po-leerlingen-bron-2016", "vo-vsv-swv-2015", "vo-leerlingen-bestuur-2017"],
    yearKind: "peildatum",
    direction: "neutral",
    summable: false,
    caveats: [
      "Po: stand 1 oktober 2016 (alleen basisscholen). Vo: stand 2015, vestigingen gekoppeld via de lijst van 2017.",
    ],
  },
  {
    id: "swv-leerlingen",
    label: "Leerlingen in het samenwerkingsverband",
    short: "Leerlingen",
    field: "swv",
    level: "swv",
    sectors: ["po", "vo"],
    unit: "count",
    decimals: 0,
    definition: "Het aantal leerlingen op de vestigingen in het samenwerkingsverband.",
    formula: "som van de leerlingen per vestiging met deze SWV-code",
    sources: ["po-leerlingen-bron-2016", "vo-vsv-swv-2015"],
    yearKind: "peildatum",
    direction: "neutral",
    summable: true,
    caveats: ["Po: alleen basisonderwijs, 1 oktober 2016. Vo: leerlingen volgens het vsv-bestand 2015."],
  },
  {
    id: "swv-so-vso-leerlingen",
    label: "Leerlingen in so en vso",
    short: "So/vso",
    field: "swv",
    level: "swv",
    sectors: ["po", "vo"],
    unit: "count",
    decimals: 0,
    definition:
      "Het aantal leerlingen in het speciaal en voortgezet speciaal onderwijs binnen het samenwerkingsverband.",
    formula: "niet te berekenen uit de open bestanden hier",
    sources: [],
    yearKind: "peildatum",
    direction: "neutral",
    summable: true,
    caveats: [
      "De open bestanden hier koppelen so- en vso-scholen niet aan een samenwerkingsverband. DUO publiceert dit als ‘Leerlingen so vso per samenwerkingsverband’ (2014-2015 t/m 2019-2020); dat bestand staat niet in de mirror.",
    ],
  },
  {
    id: "swv-eigen-vermogen",
    label: "Eigen vermogen (reserves) van het samenwerkingsverband",
    short: "Reserves",
    field: "swv",
    level: "swv",
    sectors: ["po"],
    unit: "euro",
    decimals: 0,
    definition: "Het eigen vermogen op de balans van het samenwerkingsverband aan het eind van het jaar.",
    formula: "2.1 eigen vermogen (balans)",
    sources: ["po-balans"],
    yearKind: "kalenderjaar",
    direction: "neutral",
    summable: true,
    caveats: [
      "Alleen 2014 en 2015, uit de financiële bestanden po (groepering SWV). Die noemen het bestuursnummer van het SWV, niet de SWV-code (PO…); een koppeling tussen de twee staat niet in de open data.",
    ],
  },
  {
    id: "swv-weerstandsvermogen",
    label: "Reserves als deel van de baten",
    short: "Reserves/baten",
    field: "swv",
    level: "swv",
    sectors: ["po"],
    unit: "percent",
    decimals: 1,
    definition: "Het eigen vermogen van het samenwerkingsverband als deel van zijn totale baten in dat jaar.",
    formula: "eigen vermogen ÷ totale baten × 100",
    sources: ["po-balans", "po-baten-lasten"],
    yearKind: "kalenderjaar",
    direction: "neutral",
    summable: false,
    caveats: ["Alleen 2014 en 2015."],
  },
  {
    id: "swv-vsv",
    label: "Voortijdig schoolverlaters (vsv)",
    short: "Vsv",
    field: "swv",
    level: "swv",
    sectors: ["vo"],
    unit: "percent",
    decimals: 2,
    definition:
      "Het deel van de leerlingen in het samenwerkingsverband dat zonder startkwalificatie de school verliet.",
    formula: "Σ vsv'ers ÷ Σ leerlingen × 100",
    sources: ["vo-vsv-swv-2015"],
    yearKind: "kalenderjaar",
    direction: "lower",
    summable: false,
    caveats: ["Alleen 2015."],
  },
];

/** Looks up an indicator definition; throws on an unknown id so a typo fails the build. */
export function indicator(id: string): IndicatorDef {
  const def = INDICATORS.find((d) => d.id === id);
  if (!def) throw new Error(`unknown indicator id "${id}"`);
  return def;
}

/** The Dutch names of the fields, in page order. */
export const FIELDS: { id: Field; label: string; slug: string }[] = [
  { id: "onderwijs", label: "Onderwijs", slug: "onderwijs" },
  { id: "leerling-ouder", label: "Leerling & ouder", slug: "leerling-en-ouder" },
  { id: "financien", label: "Financiën & huisvesting", slug: "financien" },
  { id: "medewerkers", label: "Medewerkers", slug: "medewerkers" },
];
