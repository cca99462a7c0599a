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
  /** One sentence "wat betekent dit" in plain Dutch: what a high or low value means in daily terms, no jargon. */
  plain: string;
  formula: string;
  sources: string[];
  yearKind: YearKind;
  /** For a peildatum other than 1 oktober: the day and month in Dutch ("1 april"), used where years are written out. */
  dateLabel?: string;
  direction: Direction;
  /** True when board values can be added up to a sector total. */
  summable: boolean;
  signal?: SignalValue;
  caveats: string[];
  /** Physical and plausible bounds of a value (set from {@link BOUNDS} below). */
  bounds?: Bounds;
  /** When a figure of this indicator counts as current (set from {@link CURRENCY} below). */
  currency?: Currency;
}

/**
 * Bounds of an indicator's values, in its unit. Outside `min`/`max` a value cannot be true (a share over 100,
 * a negative count, more passed than candidates): the pipeline turns it into a missing value "impossible".
 * Outside `plausible` a value can exist but is so unusual that it is more likely an error in the source: it is
 * kept and shown with a flag, but left out of distributions, positions and sector statistics.
 */
export interface Bounds {
  min?: number;
  max?: number;
  plausible?: { min?: number; max?: number };
  /** Why these bounds (a short English note for maintainers). */
  why: string;
}

/**
 * When a figure counts as current. `years`: old when its year lies more than `maxAge` years before the newest
 * year in the data. `dated`: always a dated snapshot (an Inspectie judgement on one day), never "current".
 */
export type Currency = { kind: "years"; maxAge: number } | { kind: "dated"; what: string };

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
  "Po en vo, financiële jaren (kalenderjaren). De open bestanden hier lopen tot 2016 (baten en lasten, kengetallen), 2018 (lasten) en 2019 (balans); nieuwere jaarrekeninggegevens staan er niet in.";
/** The one rule that picks a file when several give the same figure for a board and year. */
const FINANCE_RULE =
  "Staat een cijfer in meer bestanden, dan geldt: eerst DUO's eigen kengetallen (2012-2016), dan het nieuwste bestand (balans 2015-2019, lasten 2014-2018), dan de oudere po-bestanden (2011-2015). Bij elk jaar staat welk bestand is gebruikt; hoe vaak de bestanden verschillen (latere correcties), staat op de datapagina.";

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
    plain:
      "Hoeveel leerlingen er op de scholen van het bestuur zitten. Een groot bestuur is niet vanzelf beter of slechter dan een klein bestuur.",
    formula: "som van de leerlingen per vestiging op 1 oktober",
    sources: [
      "po-leerlingen-historisch",
      "vo-leerlingen-onderwijstype-2016",
      "vo-leerlingen-bestuur-2017",
      "vo-leerlingen-bestuur-2018",
      "vo-leerlingen-bestuur-2019",
      "vo-leerlingen-bestuur-2020",
      "vo-leerlingen-bestuur-2021",
      "vo-leerlingen-bestuur-2022",
      "vo-leerlingen-bestuur-2024",
      "vo-leerlingen-bestuur-2025",
    ],
    yearKind: "peildatum",
    direction: "neutral",
    summable: true,
    caveats: [
      "Po (1996-2025): DUO telt alle jaren bij het huidige bestuur van de vestiging op; fusies in het verleden zijn dus al verwerkt.",
      "Po en vo: een afgeschermd (<5) of leeg deel telt niet mee. Het totaal is dan een ondergrens (≥), met de reden erbij. Is geen enkel deel bekend, dan ontbreekt het totaal; het staat nooit als 0.",
      "Vo (2016-2022, 2024, 2025): leerlingen inclusief leerlingen die zijn uitbesteed aan het vavo. Voor 2016 via de koppeling vestiging–bestuur van 2017. Voor 2023 is er geen bestand.",
      "Koppeling vestiging–bestuur: een vestiging telt bij het bestuur uit de lijst die het dichtst bij het jaar ligt. Staat de vestiging niet in die lijst, dan beslist het bestuur van haar school (BRIN) in de lijsten ervoor en erna (vóór de eerste of na de laatste lijst: die ene lijst); zijn die het oneens, dan telt de vestiging niet mee en staat ze op de datapagina. Een latere fusie wordt zo niet naar eerdere jaren teruggeschoven.",
      "Vo 2024 en 2025: deze bestanden zijn teken voor teken overgetypt uit een tekstkopie, niet byte voor byte van DUO gekopieerd. Een vavo-aantal van minder dan 5 maakt het totaal een ondergrens (≥).",
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
    plain:
      "Of het bestuur in vijf jaar leerlingen heeft gewonnen of verloren. Een plus is groei, een min is krimp; bij krimp krijgt het bestuur minder geld en komen er lokalen leeg.",
    formula: "(leerlingen in jaar J ÷ leerlingen in jaar J−5 − 1) × 100",
    sources: [
      "po-leerlingen-historisch",
      "vo-leerlingen-onderwijstype-2016",
      "vo-leerlingen-bestuur-2017",
      "vo-leerlingen-bestuur-2018",
      "vo-leerlingen-bestuur-2019",
      "vo-leerlingen-bestuur-2020",
      "vo-leerlingen-bestuur-2021",
      "vo-leerlingen-bestuur-2022",
      "vo-leerlingen-bestuur-2024",
      "vo-leerlingen-bestuur-2025",
    ],
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
    plain:
      "Op hoeveel plekken het bestuur les geeft. Veel vestigingen betekent vaak veel kleine scholen of een groot gebied.",
    formula: "aantal vestigingen met meer dan 0 leerlingen",
    sources: [
      "po-leerlingen-historisch",
      "vo-leerlingen-onderwijstype-2016",
      "vo-leerlingen-bestuur-2017",
      "vo-leerlingen-bestuur-2018",
      "vo-leerlingen-bestuur-2019",
      "vo-leerlingen-bestuur-2020",
      "vo-leerlingen-bestuur-2021",
      "vo-leerlingen-bestuur-2022",
      "vo-leerlingen-bestuur-2024",
      "vo-leerlingen-bestuur-2025",
    ],
    yearKind: "peildatum",
    direction: "neutral",
    summable: true,
    caveats: [
      "Een vestiging met een afgeschermd aantal (<5) telt mee: zij heeft leerlingen.",
      "Koppeling vestiging–bestuur: een vestiging telt bij het bestuur uit de lijst die het dichtst bij het jaar ligt. Staat de vestiging niet in die lijst, dan beslist het bestuur van haar school (BRIN) in de lijsten ervoor en erna (vóór de eerste of na de laatste lijst: die ene lijst); zijn die het oneens, dan telt de vestiging niet mee en staat ze op de datapagina. Een latere fusie wordt zo niet naar eerdere jaren teruggeschoven.",
    ],
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
    plain:
      "Welk deel van de leerlingen naar een speciale school gaat (sbo, so of vso). Hoe hoger, hoe meer leerlingen van het bestuur extra zorg en hulp nodig hebben.",
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
    plain:
      "Welk deel van de leerlingen ouders heeft met weinig opleiding. Hoe hoger, hoe meer extra geld de school kreeg voor extra hulp.",
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
    plain:
      "Hoeveel kans de leerlingen hebben op een achterstand door hun thuissituatie, volgens het CBS. Hoe hoger, hoe meer achterstand te verwachten is; het zegt niets over de kwaliteit van de school.",
    formula: "Σ(score × leerlingen) ÷ Σ leerlingen over de vestigingen van het bestuur",
    sources: ["cbs-achterstandsscores-2019", "po-vestigingen-2020"],
    yearKind: "peildatum",
    direction: "neutral",
    summable: false,
    caveats: [
      "CBS-cijfers per vestiging van 1 oktober 2019, aan besturen gekoppeld met de po-lijst die het dichtst bij 2019 ligt (de lijst van samenwerkingsverbanden van ca. april 2018, die per vestiging het bestuur noemt).",
      "Koppeling vestiging–bestuur: een vestiging telt bij het bestuur uit de lijst die het dichtst bij het jaar ligt. Staat de vestiging niet in die lijst, dan beslist het bestuur van haar school (BRIN) in de lijsten ervoor en erna (vóór de eerste of na de laatste lijst: die ene lijst); zijn die het oneens, dan telt de vestiging niet mee en staat ze op de datapagina. Een latere fusie wordt zo niet naar eerdere jaren teruggeschoven.",
      "De score zegt iets over de leerlingen, niet over de kwaliteit van de school.",
    ],
  },
  {
    id: "schoolweging",
    label: "CBS-schoolweging (leerlinggewogen)",
    short: "Schoolweging",
    field: "leerling-ouder",
    level: "board",
    sectors: ["po"],
    unit: "score",
    decimals: 1,
    definition:
      "Een maat van het CBS voor de verwachte onderwijsprestaties op grond van de thuissituatie van de leerlingen. Hoe hoger, hoe meer achterstand te verwachten is. Per bestuur: het gemiddelde over zijn basisscholen, gewogen naar het aantal leerlingen.",
    plain:
      "Wat je op grond van de thuissituatie van de leerlingen mag verwachten van hun resultaten. Hoe hoger, hoe meer achterstand te verwachten is; het zegt niets over de kwaliteit van de school.",
    formula: "Σ(schoolweging × leerlingen) ÷ Σ leerlingen over de vestigingen van het bestuur",
    sources: ["cbs-schoolweging-2017-2019"],
    yearKind: "peildatum",
    direction: "neutral",
    summable: false,
    caveats: [
      "CBS-cijfers per basisschoolvestiging op 1 oktober 2017, 2018 en 2019; het bestuur is het bestuur dat het CBS-bestand noemt. Zonder sbo.",
      "Uitkomsten van vestigingen met minder dan 10 leerlingen heeft het CBS weggelaten; bij minder dan 40 waarnemingen is de weging mogelijk niet betrouwbaar (dat staat bij het jaar).",
      "Een andere schaal dan de achterstandsscore van 2019: vergelijk ze niet met elkaar.",
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
    plain:
      "Hoe ver de leerlingen gemiddeld van school wonen. Een grote afstand komt vaak voor op het platteland en bij speciale scholen.",
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
    plain:
      "Hoeveel van de leerlingen die examen deden, zijn geslaagd. Hoe hoger, hoe meer leerlingen hun diploma haalden.",
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
    plain: `Hoeveel van de leerlingen die examen ${t} deden, zijn geslaagd. Hoe hoger, hoe meer leerlingen hun ${t}-diploma haalden.`,
    formula: `Σ geslaagden ${t} ÷ Σ examenkandidaten ${t} × 100`,
    sources: ["vo-examens-2014-2019", "vo-examens-2019-2024"],
    yearKind: "schooljaar",
    direction: "higher",
    summable: false,
    caveats: [
      "2019-2020: geen centrale examens door corona; niet vergelijkbaar met andere jaren.",
      "Opleidingen met een afgeschermd aantal (<5) tellen niet mee.",
      "Koppeling vestiging–bestuur: een vestiging telt bij het bestuur uit de lijst die het dichtst bij het jaar ligt. Staat de vestiging niet in die lijst, dan beslist het bestuur van haar school (BRIN) in de lijsten ervoor en erna (vóór de eerste of na de laatste lijst: die ene lijst); zijn die het oneens, dan telt de vestiging niet mee en staat ze op de datapagina. Een latere fusie wordt zo niet naar eerdere jaren teruggeschoven.",
    ],
  })),
  ...(
    [
      ["cet", "Centrale Eindtoets (Cito)", "CET", "501 tot en met 550"],
      ["iep", "IEP Eindtoets", "IEP", "50 tot en met 100"],
      ["route8", "ROUTE 8", "ROUTE8", "100 tot en met 300"],
    ] as const
  ).map(([id, name, col, scale]): IndicatorDef => ({
    id: `eindtoets-${id}`,
    label: `Gemiddelde score eindtoets: ${name}`,
    short: `Eindtoets ${col}`,
    field: "onderwijs",
    level: "board",
    sectors: ["po"],
    unit: "score",
    decimals: 1,
    definition: `De gemiddelde score op de ${name} van de leerlingen in groep 8 die deze toets maakten, gewogen naar het aantal leerlingen per vestiging.`,
    plain: `Hoe goed de leerlingen van groep 8 de ${name} maakten. De score loopt van ${scale}; hoe hoger, hoe beter. Vergelijk alleen met scores op dezelfde toets.`,
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
    id: "oordeel-onvoldoende-aandeel",
    label: "Aandeel scholen met oordeel zwak of onvoldoende (inspectie, 1 april 2018)",
    short: "Oordeel onvoldoende",
    field: "onderwijs",
    level: "board",
    sectors: ["po", "vo"],
    unit: "percent",
    decimals: 1,
    definition:
      "Het deel van de beoordeelde scholen van het bestuur dat van de Inspectie van het Onderwijs het eindoordeel zwak, zeer zwak of onvoldoende had, op 1 april 2018. Po: per vestiging. Vo: per afdeling (bijvoorbeeld havo of vmbo-gt van één vestiging).",
    plain:
      "Welk deel van de scholen van het bestuur in 2018 een slecht oordeel van de inspectie had (zwak, zeer zwak of onvoldoende). Hoe lager, hoe beter; 0% betekent: geen enkele school had zo’n oordeel.",
    formula:
      "aantal vestigingen (po) of afdelingen (vo) met eindoordeel Zwak, Zeer zwak of Onvoldoende ÷ aantal met een eindoordeel × 100; ‘Zonder actueel oordeel’, ‘Geen oordeel’ en leeg tellen niet mee",
    sources: ["inspectie-oordelen-scholen-2018"],
    yearKind: "peildatum",
    dateLabel: "1 april",
    direction: "lower",
    summable: false,
    caveats: [
      "Dit is de stand op 1 april 2018: een oud oordeel, niet het huidige. Actuele oordelen en rapporten staan op onderwijsinspectie.nl.",
      "Po telt vestigingen, vo telt afdelingen. Een vo-vestiging met drie afdelingen telt dus drie keer. So-scholen tellen niet mee in dit percentage; ze staan wel op de pagina van het bestuur.",
      "De inspectie werkt sinds 1 augustus 2017 met een nieuw onderzoekskader. In het oude kader waren de oordelen voldoende, zwak en zeer zwak; in het nieuwe goed, voldoende, onvoldoende en zeer zwak. Zwak, zeer zwak en onvoldoende tellen hier alle drie mee.",
      "Het oordeel kan jaren oud zijn: de datum waarop het is vastgesteld staat bij elke zwakke of onvoldoende school op de pagina van het bestuur.",
    ],
  },
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
    plain:
      "Hoeveel leerlingen van school gingen zonder een diploma dat genoeg is om mee te werken (een startkwalificatie). Hoe lager, hoe beter.",
    formula: "Σ vsv'ers ÷ Σ leerlingen × 100",
    sources: ["vo-vsv-swv-2015", "vo-leerlingen-bestuur-2017"],
    yearKind: "kalenderjaar",
    direction: "lower",
    summable: false,
    caveats: [
      "Alleen 2015. Vestigingen gekoppeld aan besturen met de lijst van 2017.",
      "Koppeling vestiging–bestuur: een vestiging telt bij het bestuur uit de lijst die het dichtst bij het jaar ligt. Staat de vestiging niet in die lijst, dan beslist het bestuur van haar school (BRIN) in de lijsten ervoor en erna (vóór de eerste of na de laatste lijst: die ene lijst); zijn die het oneens, dan telt de vestiging niet mee en staat ze op de datapagina. Een latere fusie wordt zo niet naar eerdere jaren teruggeschoven.",
    ],
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
    plain:
      "Hoeveel leerlingen een jaar overdeden. Hoe lager, hoe meer leerlingen gewoon doorgingen naar het volgende leerjaar.",
    formula: "Σ zittenblijvers ÷ Σ leerlingen × 100",
    sources: ["vo-zittenblijven-2015", "vo-leerlingen-bestuur-2017"],
    yearKind: "schooljaar",
    direction: "lower",
    summable: false,
    caveats: [
      "Alleen 2015-2016. Een tweede bestand over zittenblijven noemt geen jaar en is daarom niet gebruikt.",
      "Koppeling vestiging–bestuur: een vestiging telt bij het bestuur uit de lijst die het dichtst bij het jaar ligt. Staat de vestiging niet in die lijst, dan beslist het bestuur van haar school (BRIN) in de lijsten ervoor en erna (vóór de eerste of na de laatste lijst: die ene lijst); zijn die het oneens, dan telt de vestiging niet mee en staat ze op de datapagina. Een latere fusie wordt zo niet naar eerdere jaren teruggeschoven.",
    ],
  },
  // financiën & huisvesting
  {
    id: "solvabiliteit-1",
    label: "Solvabiliteit I",
    short: "Solvabiliteit I",
    field: "financien",
    level: "board",
    sectors: ["po", "vo"],
    unit: "ratio",
    decimals: 2,
    definition: "Het deel van het totale vermogen dat eigen vermogen is.",
    plain:
      "Hoeveel van alles wat het bestuur bezit, is betaald met eigen geld in plaats van met leningen en andere schulden. Hoe hoger, hoe minder het bestuur van anderen afhangt; maar een heel hoge waarde kan ook betekenen dat geld blijft liggen.",
    formula: "eigen vermogen ÷ totaal passiva",
    sources: ["fin-kengetallen-2012-2016", "fin-balans-2015-2019", "po-balans"],
    yearKind: "kalenderjaar",
    // Neutral: how high a reserve should be is itself debated (too low is a risk, very high is money not spent).
    direction: "neutral",
    summable: false,
    caveats: [FINANCE_CAVEAT, FINANCE_RULE],
  },
  {
    id: "solvabiliteit-2",
    label: "Solvabiliteit II",
    short: "Solvabiliteit II",
    field: "financien",
    level: "board",
    sectors: ["po", "vo"],
    unit: "ratio",
    decimals: 2,
    definition:
      "Het deel van het totale vermogen dat eigen vermogen of voorziening is: kan het bestuur op lange termijn aan zijn verplichtingen voldoen?",
    plain:
      "Hoeveel van alles wat het bestuur bezit, is betaald met eigen geld en voorzieningen in plaats van met leningen. Onder de signaleringswaarde kan het bestuur tegenvallers moeilijk opvangen; hoe hoog het precies moet zijn, is een punt van discussie.",
    formula: "(eigen vermogen + voorzieningen) ÷ totaal passiva",
    sources: ["fin-kengetallen-2012-2016", "fin-balans-2015-2019", "po-balans"],
    yearKind: "kalenderjaar",
    // Neutral above the signal value: the height of reserves is debated; the signal value says what is too low.
    direction: "neutral",
    summable: false,
    signal: {
      value: 0.3,
      when: "below",
      label: "signaleringswaarde van de inspectie: lager dan 0,30",
      ...INSPECTIE_NU,
    },
    caveats: [FINANCE_CAVEAT, FINANCE_RULE],
  },
  {
    id: "liquiditeit",
    label: "Liquiditeit (current ratio)",
    short: "Liquiditeit",
    field: "financien",
    level: "board",
    sectors: ["po", "vo"],
    unit: "ratio",
    decimals: 2,
    definition: "Kan het bestuur zijn kortlopende schulden betalen uit zijn vlottende middelen?",
    plain:
      "Of het bestuur zijn rekeningen van het komende jaar kan betalen met het geld dat het snel beschikbaar heeft. Boven 1 is er meer geld dan er binnen een jaar betaald moet worden. Te laag is een risico; heel hoog kan betekenen dat geld blijft liggen.",
    formula: "vlottende activa ÷ kortlopende schulden",
    sources: ["fin-kengetallen-2012-2016", "fin-balans-2015-2019", "po-balans"],
    yearKind: "kalenderjaar",
    // Neutral: how much cash a board should hold is debated; the signal value says what is too low.
    direction: "neutral",
    summable: false,
    signal: {
      value: 0.75,
      when: "below",
      label: "signaleringswaarde van de inspectie in 2011-2015: lager dan 0,75",
      ...INSPECTIE_2016,
    },
    caveats: [
      FINANCE_CAVEAT,
      FINANCE_RULE,
      "Sinds jaarverslag 2020 hangt de signaleringswaarde af van de omvang: kleiner dan 1,5 (baten onder € 3 mln), 1,0 (€ 3-12 mln) of 0,75 (boven € 12 mln).",
    ],
  },
  {
    id: "rentabiliteit",
    label: "Rentabiliteit",
    short: "Rentabiliteit",
    field: "financien",
    level: "board",
    sectors: ["po", "vo"],
    unit: "percent",
    decimals: 1,
    definition: "Het resultaat als deel van de totale baten: houden baten en lasten elkaar in evenwicht?",
    plain:
      "Hoeveel geld het bestuur in een jaar overhield (plus) of tekortkwam (min), als deel van zijn inkomsten. Rond 0 is in evenwicht; een groot tekort kan niet lang duren, en een groot overschot is geld dat niet naar onderwijs ging.",
    formula:
      "resultaat ÷ (totale baten + financiële baten) × 100 (DUO-kengetal); 2011: resultaat ÷ totale baten × 100",
    sources: ["fin-kengetallen-2012-2016", "po-baten-lasten"],
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
      FINANCE_RULE,
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
    sectors: ["po", "vo"],
    unit: "percent",
    decimals: 1,
    definition: "Het eigen vermogen als deel van de totale baten: de buffer voor tegenvallers.",
    plain:
      "Hoe groot de spaarpot van het bestuur is, vergeleken met zijn inkomsten in een jaar. Hoe hoger, hoe beter het bestuur tegenvallers kan opvangen; heel hoog kan betekenen dat er geld blijft liggen.",
    formula:
      "eigen vermogen ÷ (totale baten + financiële baten) × 100 (DUO-kengetal); 2011: eigen vermogen ÷ totale baten × 100",
    sources: ["fin-kengetallen-2012-2016", "po-balans", "po-baten-lasten"],
    yearKind: "kalenderjaar",
    direction: "neutral",
    summable: false,
    caveats: [
      FINANCE_CAVEAT,
      FINANCE_RULE,
      "De inspectie hanteert geen signaleringswaarde meer voor het weerstandsvermogen. De signaleringswaarde voor bovenmatig eigen vermogen vraagt een splitsing van de materiële vaste activa die niet in deze bestanden staat.",
    ],
  },
  {
    id: "personeelslasten-aandeel",
    label: "Personeelslasten als deel van de totale lasten",
    short: "Personeelslasten",
    field: "financien",
    level: "board",
    sectors: ["po", "vo"],
    unit: "percent",
    decimals: 1,
    definition: "Welk deel van alle lasten naar personeel gaat.",
    plain:
      "Welk deel van het geld dat het bestuur uitgeeft, naar personeel gaat. In het onderwijs is dat meestal het grootste deel.",
    formula:
      "personeelslasten ÷ (totale lasten + financiële lasten) × 100 (DUO-kengetal); 2017-2018 en vóór 2012: personeelslasten ÷ totale lasten × 100",
    sources: ["fin-kengetallen-2012-2016", "fin-lasten-2014-2018", "po-baten-lasten"],
    yearKind: "kalenderjaar",
    direction: "neutral",
    summable: false,
    caveats: [FINANCE_CAVEAT, FINANCE_RULE],
  },
  {
    id: "huisvestingslasten-aandeel",
    label: "Huisvestingslasten als deel van de totale lasten",
    short: "Huisvestingslasten",
    field: "financien",
    level: "board",
    sectors: ["po", "vo"],
    unit: "percent",
    decimals: 1,
    definition: "Welk deel van alle lasten naar huisvesting gaat (huur, onderhoud, energie, schoonmaak).",
    plain:
      "Welk deel van het geld dat het bestuur uitgeeft, naar gebouwen gaat: huur, onderhoud, energie en schoonmaak. Hoe hoger, hoe minder geld er overblijft voor het onderwijs zelf.",
    formula: "huisvestingslasten ÷ totale lasten × 100",
    sources: ["fin-baten-lasten-2012-2016", "fin-lasten-2014-2018", "po-baten-lasten"],
    yearKind: "kalenderjaar",
    direction: "neutral",
    summable: false,
    caveats: [
      FINANCE_CAVEAT,
      FINANCE_RULE,
      "Dit is niet de huisvestingsratio van de inspectie: daarin telt ook de afschrijving op gebouwen mee. DUO's eigen huisvestingsratio (2012-2016) staat apart.",
      "Voor 2017-2018 is de totale last de som van de hoofdposten in het lastenbestand (personeel, afschrijvingen, huisvesting, overige lasten, doorbetalingen); die som is bij 98% van de besturen gelijk aan DUO's totaal.",
    ],
  },
  {
    id: "huisvestingsratio",
    label: "Huisvestingsratio",
    short: "Huisvestingsratio",
    field: "financien",
    level: "board",
    sectors: ["po", "vo"],
    unit: "percent",
    decimals: 1,
    definition:
      "Welk deel van alle lasten naar huisvesting gaat, inclusief de afschrijving op gebouwen en terreinen. Zo berekent DUO het.",
    plain:
      "Welk deel van het geld dat het bestuur uitgeeft, naar gebouwen gaat, ook de afschrijving op de gebouwen. Hoe hoger, hoe minder geld er overblijft voor het onderwijs zelf.",
    formula:
      "(huisvestingslasten + afschrijving gebouwen en terreinen) ÷ (totale lasten + financiële lasten) × 100",
    sources: ["fin-kengetallen-2012-2016"],
    yearKind: "kalenderjaar",
    direction: "lower",
    summable: false,
    signal: {
      value: 10,
      when: "above",
      label: "signaleringswaarde van de inspectie tot 2020: hoger dan 10%",
      ...INSPECTIE_2016,
    },
    caveats: [
      FINANCE_CAVEAT,
      "Alleen 2012-2016: DUO's eigen kengetal. Uit de andere bestanden is het niet te berekenen, omdat de afschrijving op gebouwen er niet apart in staat.",
    ],
  },
  {
    id: "kapitalisatiefactor",
    label: "Kapitalisatiefactor",
    short: "Kapitalisatiefactor",
    field: "financien",
    level: "board",
    sectors: ["po", "vo"],
    unit: "percent",
    decimals: 1,
    definition:
      "Het vermogen dat het bestuur vasthoudt (totaal vermogen min gebouwen en terreinen), als deel van de totale baten. Een maat voor hoeveel geld er ‘op de plank’ ligt.",
    plain:
      "Hoeveel geld het bestuur vasthoudt naast zijn gebouwen, vergeleken met zijn inkomsten in een jaar. Een hoge waarde kan betekenen dat er geld op de plank ligt dat niet naar onderwijs gaat.",
    formula: "(totaal passiva − gebouwen en terreinen) ÷ (totale baten + financiële baten) × 100",
    sources: ["fin-kengetallen-2012-2016"],
    yearKind: "kalenderjaar",
    direction: "neutral",
    summable: false,
    caveats: [
      FINANCE_CAVEAT,
      "Alleen 2012-2016: DUO's eigen kengetal.",
      "De commissie-Don (2009) gaf bovengrenzen die afhangen van de grootte van het bestuur; de inspectie gebruikt de kapitalisatiefactor niet als signaleringswaarde.",
    ],
  },
  {
    id: "personeelslasten-rijksbijdragen",
    label: "Personeelslasten als deel van de rijksbijdragen",
    short: "Personeel/rijksbijdrage",
    field: "financien",
    level: "board",
    sectors: ["po", "vo"],
    unit: "percent",
    decimals: 1,
    definition: "Hoeveel van het geld dat het Rijk geeft, opgaat aan personeel.",
    plain:
      "Welk deel van het geld van het Rijk het bestuur uitgeeft aan personeel. Boven 100% betaalt het bestuur personeel ook uit ander geld of uit zijn reserves.",
    formula: "personeelslasten ÷ rijksbijdragen OCW × 100",
    sources: ["fin-kengetallen-2012-2016"],
    yearKind: "kalenderjaar",
    direction: "neutral",
    summable: false,
    caveats: [
      FINANCE_CAVEAT,
      "Alleen 2012-2016: DUO's eigen kengetal. Boven 100% betaalt het bestuur personeel ook uit andere inkomsten of uit reserves.",
    ],
  },
  {
    id: "eigen-vermogen",
    label: "Eigen vermogen",
    short: "Eigen vermogen",
    field: "financien",
    level: "board",
    sectors: ["po", "vo"],
    unit: "euro",
    decimals: 0,
    definition: "Het eigen vermogen (reserves en fondsen) op 31 december, in euro’s.",
    plain:
      "Hoeveel eigen geld (reserves) het bestuur heeft opgebouwd, in euro’s. Een groot bestuur heeft vanzelf meer; vergelijk liever het weerstandsvermogen.",
    formula: "eigen vermogen volgens de balans",
    sources: ["fin-balans-2015-2019", "fin-balans-2012-2016", "po-balans"],
    yearKind: "kalenderjaar",
    direction: "neutral",
    summable: true,
    caveats: [
      FINANCE_CAVEAT,
      "Staat een jaar in meer balansbestanden, dan geldt het nieuwste bestand (balans 2015-2019, dan 2012-2016, dan po 2011-2015). Hoe vaak ze verschillen, staat op de datapagina.",
      "Een groot bestuur heeft vanzelf meer eigen vermogen; vergelijk liever het weerstandsvermogen.",
    ],
  },
  {
    id: "totaal-baten",
    label: "Totale baten",
    short: "Baten",
    field: "financien",
    level: "board",
    sectors: ["po", "vo"],
    unit: "euro",
    decimals: 0,
    definition:
      "Alle inkomsten van het bestuur in een jaar (rijksbijdragen, andere subsidies en overige baten), in euro’s.",
    plain:
      "Hoeveel geld het bestuur in een jaar binnenkreeg, vooral van het Rijk. Hoe groter het bestuur, hoe hoger dit bedrag.",
    formula: "totaal baten volgens de staat van baten en lasten",
    sources: ["fin-baten-lasten-2012-2016", "po-baten-lasten"],
    yearKind: "kalenderjaar",
    direction: "neutral",
    summable: true,
    caveats: [FINANCE_CAVEAT, FINANCE_RULE],
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
    plain:
      "Hoeveel eigen geld (reserves) het bestuur heeft per leerling. Zo kun je grote en kleine besturen beter met elkaar vergelijken.",
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
    plain:
      "Hoeveel geld het bestuur in een jaar kreeg per leerling. Besturen met veel speciaal onderwijs krijgen meer per leerling.",
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
    plain: "Hoeveel mensen er op de scholen van het bestuur werken, hoeveel uur ze ook werken.",
    formula: "som van de personen per school (BRIN)",
    sources: ["po-personeel-2011-2025"],
    yearKind: "kalenderjaar",
    direction: "neutral",
    summable: true,
    caveats: [
      "Bron is een extract van het DUO-bestand: personeel dat op bestuursniveau staat (bovenschools) ontbreekt. Een jaar waarin alle scholen van een bestuur 0 hebben, geldt daarom als ontbrekend.",
      "Wie op meer scholen werkt, kan meer dan eens geteld zijn.",
      "Kleine aantallen zijn afgeschermd (*); het totaal is dan een ondergrens (≥).",
      "Vo: er is hier geen bestand met vo-personeel in personen; voor het vo staat het personeel in fte (2006-2017, functiemix) hieronder.",
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
    plain:
      "Hoeveel leerlingen er zijn per persoon die op school werkt. Hoe lager, hoe meer mensen er per leerling zijn; wie deeltijd werkt, telt ook als één.",
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
  {
    id: "fte-totaal",
    label: "Personeel in fte",
    short: "Fte",
    field: "medewerkers",
    level: "board",
    sectors: ["po", "vo"],
    unit: "count",
    decimals: 1,
    definition:
      "De omvang van het personeel van het bestuur in voltijdbanen (fte) in oktober, alle functies samen.",
    plain:
      "Hoeveel werk al het personeel samen doet, geteld in volledige banen (fte). Twee mensen die elk halve weken werken, zijn samen 1 fte.",
    formula: "som van de fte (formatie) per bestuur volgens DUO's functiemix",
    sources: ["functiemix-besturen-2006-2017"],
    yearKind: "kalenderjaar",
    direction: "neutral",
    summable: true,
    caveats: [
      "DUO-bestand functiemix, peilmaand oktober, 2006-2017. Po: basisonderwijs en speciaal onderwijs van het bestuur samen; vo apart.",
      "Fte zijn niet gecorrigeerd voor BAPO-verlof.",
    ],
  },
  {
    id: "fte-op",
    label: "Leraren in fte (onderwijzend personeel)",
    short: "Fte leraren",
    field: "medewerkers",
    level: "board",
    sectors: ["po", "vo"],
    unit: "count",
    decimals: 1,
    definition: "De fte van het onderwijzend personeel (leraren), zoals DUO ze in de functiemix telt.",
    plain: "Hoeveel leraren het bestuur heeft, geteld in volledige banen (fte).",
    formula: "som van de fte onderwijzend personeel (OP)",
    sources: ["functiemix-besturen-2006-2017"],
    yearKind: "kalenderjaar",
    direction: "neutral",
    summable: true,
    caveats: ["Leraren zijn bij DUO personeel in de schalen LA tot en met LE (en leraren in schaal 9-13)."],
  },
  {
    id: "fte-oop",
    label: "Onderwijsondersteunend personeel in fte",
    short: "Fte ondersteuning",
    field: "medewerkers",
    level: "board",
    sectors: ["po", "vo"],
    unit: "count",
    decimals: 1,
    definition:
      "De fte van het onderwijsondersteunend en beheerspersoneel (OOP/OBP), zoals conciërges, administratie en onderwijsassistenten.",
    plain:
      "Hoeveel ondersteunend personeel het bestuur heeft, zoals conciërges, administratie en onderwijsassistenten, geteld in volledige banen (fte).",
    formula: "som van de fte OOP/OBP",
    sources: ["functiemix-besturen-2006-2017"],
    yearKind: "kalenderjaar",
    direction: "neutral",
    summable: true,
    caveats: ["DUO-bestand functiemix, 2006-2017."],
  },
  {
    id: "fte-management",
    label: "Directie en management in fte",
    short: "Fte management",
    field: "medewerkers",
    level: "board",
    sectors: ["po", "vo"],
    unit: "count",
    decimals: 1,
    definition: "De fte van directie en management.",
    plain: "Hoeveel directie en management het bestuur heeft, geteld in volledige banen (fte).",
    formula: "som van de fte management",
    sources: ["functiemix-besturen-2006-2017"],
    yearKind: "kalenderjaar",
    direction: "neutral",
    summable: true,
    caveats: ["DUO-bestand functiemix, 2006-2017."],
  },
  {
    id: "leerling-leraarratio",
    label: "Leerlingen per fte leraar",
    short: "Lln/fte leraar",
    field: "medewerkers",
    level: "board",
    sectors: ["po", "vo"],
    unit: "ratio",
    decimals: 1,
    definition:
      "Het aantal leerlingen gedeeld door het aantal fte leraren, zoals DUO het in de functiemix berekent.",
    plain:
      "Hoeveel leerlingen er zijn per volledige baan van een leraar. Een lage waarde kan kleinere klassen betekenen, maar ook veel speciaal onderwijs of extra hulp.",
    formula: "leerlingen (oktober) ÷ fte onderwijzend personeel",
    sources: ["functiemix-besturen-2006-2017"],
    yearKind: "kalenderjaar",
    direction: "neutral",
    summable: false,
    caveats: [
      "Een lage waarde kan kleine klassen betekenen, maar ook veel speciaal onderwijs of extra ondersteuning.",
      "Po: basis- en speciaal onderwijs samen als een bestuur beide heeft.",
    ],
  },
  {
    id: "personeel-bovenschools",
    label: "Bovenschools personeel (personen)",
    short: "Bovenschools",
    field: "medewerkers",
    level: "board",
    sectors: ["po"],
    unit: "count",
    decimals: 0,
    definition:
      "Het aantal personen dat op bestuursniveau werkt (bestuursbureau, invalpool), niet bij één school.",
    plain:
      "Hoeveel mensen voor het bestuur als geheel werken en niet voor één school, zoals op het bestuursbureau of in een invalpool.",
    formula: "personen met registratie ‘bovenschools’ per bestuur",
    sources: ["po-personeel-bovenschools-2011-2017"],
    yearKind: "kalenderjaar",
    direction: "neutral",
    summable: true,
    caveats: [
      "Afgeleid bestand: een derde heeft de bovenschoolse regels uit DUO's ‘Onderwijspersoneel po in personen’ (editie 2018) gehaald. Geen officieel DUO-bestand.",
      "Afgeschermde kleine aantallen (*) zijn in dat bestand leeg; ze staan hier als afgeschermd, niet als 0.",
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
    plain:
      "Hoeveel schoolbesturen in dit samenwerkingsverband samenwerken om elke leerling een passende plek te geven.",
    formula: "aantal verschillende besturen van de vestigingen van dit samenwerkingsverband",
    sources: [
      "po-swv-instellingen-2018",
      "po-leerlingen-bron-2016",
      "vo-vsv-swv-2015",
      "vo-leerlingen-bestuur-2017",
    ],
    yearKind: "kalenderjaar",
    direction: "neutral",
    summable: false,
    caveats: [
      "Po: DUO-lijst ‘Instellingen per samenwerkingsverband passend onderwijs po’, stand ca. april 2018 (ook sbo-scholen). Alleen voor een code die niet in die lijst staat, tellen we de basisscholen in BRON op 1 oktober 2016.",
      "Vo: de vestigingen in het vsv-bestand 2015, aan een bestuur gekoppeld via de vestigingslijst die het dichtst bij 2015 ligt (2017).",
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
    plain: "Hoeveel leerlingen er op de scholen in het gebied van het samenwerkingsverband zitten.",
    formula: "som van de leerlingen per vestiging met deze SWV-code",
    sources: ["po-leerlingen-bron-2016", "vo-vsv-swv-2015"],
    yearKind: "peildatum",
    direction: "neutral",
    summable: true,
    caveats: [
      "Po: alleen basisonderwijs, 1 oktober 2016, bij de SWV-code die BRON noemt. Vo: leerlingen volgens het vsv-bestand 2015.",
      "Een vestiging zonder aantal telt niet als 0 mee: het totaal is dan een ondergrens (≥), met een opmerking bij het jaar. Hebben alle vestigingen geen aantal, dan is er geen totaal.",
    ],
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
      "Het aantal leerlingen in het speciaal en voortgezet speciaal onderwijs (so en vso) dat DUO aan het samenwerkingsverband toerekent, op 1 oktober 2013.",
    plain:
      "Hoeveel leerlingen uit het gebied naar een speciale school gingen (so of vso), bij de start van passend onderwijs in 2013.",
    formula:
      "som over de so- en vso-scholen van het totaal aantal leerlingen met deze SWV-code op 1 oktober 2013",
    sources: ["swv-so-vso-2013"],
    yearKind: "peildatum",
    direction: "neutral",
    summable: true,
    caveats: [
      "Alleen 1 oktober 2013, bij de start van passend onderwijs (DUO, ‘Groei leerlingen so en vso’). Nieuwere jaren staan niet in de open bestanden hier.",
      "Het bestand geeft per samenwerkingsverband en per (v)so-school een aantal; wij tellen die op. Een school met leerlingen uit meer samenwerkingsverbanden staat bij elk daarvan met een eigen aantal.",
    ],
  },
  {
    id: "swv-eigen-vermogen",
    label: "Eigen vermogen (reserves) van het samenwerkingsverband",
    short: "Reserves",
    field: "swv",
    level: "swv",
    sectors: ["po", "vo"],
    unit: "euro",
    decimals: 0,
    definition: "Het eigen vermogen op de balans van het samenwerkingsverband aan het eind van het jaar.",
    plain:
      "Hoeveel eigen geld (reserves) het samenwerkingsverband heeft opgebouwd, in euro’s. Geld dat blijft liggen, komt niet bij de leerlingen terecht.",
    formula: "eigen vermogen (balans, 31 december)",
    sources: ["fin-balans-2015-2019", "fin-balans-2012-2016", "po-balans", "swv-besturen-2018"],
    yearKind: "kalenderjaar",
    direction: "neutral",
    summable: true,
    caveats: [
      "Jaren 2014-2019. De financiële bestanden noemen het bestuursnummer van het samenwerkingsverband; de koppeling met de SWV-code (PO…, VO…) staat in DUO's lijst van besturen van samenwerkingsverbanden (ca. april 2018).",
      "Staat een cijfer in meer bestanden, dan geldt: eerst de balans 2015-2019, dan de balans 2012-2016 (zo komt 2014 erbij), dan de oudere po-balans 2011-2015. Bij elk jaar staat welk bestand is gebruikt; hoe vaak de bestanden verschillen, staat op de datapagina.",
      "Passend onderwijs begon op 1 augustus 2014: voor 2014 ontbreekt het cijfer bij een deel van de samenwerkingsverbanden.",
    ],
  },
  {
    id: "swv-weerstandsvermogen",
    label: "Reserves als deel van de baten",
    short: "Reserves/baten",
    field: "swv",
    level: "swv",
    sectors: ["po", "vo"],
    unit: "percent",
    decimals: 1,
    definition: "Het eigen vermogen van het samenwerkingsverband als deel van zijn totale baten in dat jaar.",
    plain:
      "Hoe groot de spaarpot van het samenwerkingsverband is, vergeleken met zijn inkomsten in een jaar. Een hoge waarde kan betekenen dat er geld blijft liggen.",
    formula:
      "eigen vermogen ÷ (totale baten + financiële baten) × 100 (DUO-kengetal ‘weerstandsvermogen’); alleen waar dat ontbreekt: eigen vermogen ÷ totale baten × 100 uit de po-bestanden 2011-2015",
    sources: ["fin-kengetallen-2012-2016", "po-balans", "po-baten-lasten"],
    yearKind: "kalenderjaar",
    direction: "neutral",
    summable: false,
    caveats: [
      "Jaren 2014-2016. Voor latere jaren staan er geen baten in de open bestanden hier.",
      "Staat een cijfer in meer bestanden, dan geldt: eerst DUO's eigen kengetal (2012-2016), dan de berekening uit de oudere po-bestanden. Bij elk jaar staat welk bestand is gebruikt.",
      "In 2014-2016 staan de doorbetalingen aan schoolbesturen niet bij de lasten; de baten zijn in die jaren vermoedelijk al verminderd met wat het samenwerkingsverband doorgaf. Vergelijk deze verhouding daarom niet met die van schoolbesturen.",
    ],
  },
  {
    id: "swv-baten",
    label: "Totale baten van het samenwerkingsverband",
    short: "Baten",
    field: "swv",
    level: "swv",
    sectors: ["po", "vo"],
    unit: "euro",
    decimals: 0,
    definition:
      "Alle inkomsten van het samenwerkingsverband in het jaar, volgens de staat van baten en lasten.",
    plain: "Hoeveel geld het samenwerkingsverband in een jaar binnenkreeg voor passend onderwijs.",
    formula: "totaal baten (staat van baten en lasten)",
    sources: ["fin-baten-lasten-2012-2016", "po-baten-lasten"],
    yearKind: "kalenderjaar",
    direction: "neutral",
    summable: true,
    caveats: [
      "Jaren 2014-2016. Nieuwere baten staan niet in de open bestanden hier.",
      "Staat een cijfer in meer bestanden, dan geldt: eerst de staat van baten en lasten 2012-2016, dan de oudere po-bestanden 2011-2015. Bij elk jaar staat welk bestand is gebruikt.",
      "In deze jaren zijn de baten vermoedelijk al verminderd met wat het samenwerkingsverband doorgaf aan schoolbesturen (zie ‘Doorbetalingen aan schoolbesturen’).",
    ],
  },
  {
    id: "swv-lasten",
    label: "Totale lasten van het samenwerkingsverband",
    short: "Lasten",
    field: "swv",
    level: "swv",
    sectors: ["po", "vo"],
    unit: "euro",
    decimals: 0,
    definition: "Alle uitgaven van het samenwerkingsverband in het jaar.",
    plain: "Hoeveel geld het samenwerkingsverband in een jaar uitgaf.",
    formula:
      "2014-2016: totaal lasten (staat van baten en lasten); 2017-2018: personeelslasten + afschrijvingen + huisvestingslasten + overige lasten + doorbetalingen aan schoolbesturen (lastenbestand)",
    sources: ["fin-baten-lasten-2012-2016", "fin-lasten-2014-2018", "po-baten-lasten"],
    yearKind: "kalenderjaar",
    direction: "neutral",
    summable: true,
    caveats: [
      "Staat een cijfer in meer bestanden, dan geldt: eerst de staat van baten en lasten 2012-2016, dan het lastenbestand 2014-2018, dan de oudere po-bestanden 2011-2015. Bij elk jaar staat welk bestand is gebruikt; hoe vaak de bestanden verschillen, staat op de datapagina.",
      "Het lastenbestand heeft geen totaal. Een lege lastengroep heeft het samenwerkingsverband niet ingevuld; die telt niet mee, net als in DUO's eigen totaal (voor 2014-2016 is de som bij elk samenwerkingsverband gelijk aan DUO's totaal lasten). Welke groepen leeg zijn, staat bij het jaar.",
      "Breuk tussen 2016 en 2017: pas vanaf 2017 staan de doorbetalingen aan schoolbesturen bij de lasten. De lasten van 2017 en 2018 zijn daardoor veel hoger dan die van 2014-2016; vergelijk die jaren niet met elkaar.",
    ],
  },
  {
    id: "swv-doorbetalingen",
    label: "Doorbetalingen aan schoolbesturen",
    short: "Doorbetalingen",
    field: "swv",
    level: "swv",
    sectors: ["po", "vo"],
    unit: "euro",
    decimals: 0,
    definition:
      "Het geld dat het samenwerkingsverband in het jaar doorbetaalt aan schoolbesturen, bijvoorbeeld voor extra ondersteuning op hun scholen.",
    plain:
      "Hoeveel geld het samenwerkingsverband doorgaf aan schoolbesturen, bijvoorbeeld voor extra hulp op hun scholen.",
    formula: "lastenpost ‘doorbetalingen aan schoolbesturen’",
    sources: ["fin-lasten-2014-2018"],
    yearKind: "kalenderjaar",
    direction: "neutral",
    summable: true,
    caveats: [
      "In 2014-2016 is deze post bij geen enkel samenwerkingsverband ingevuld (niet gerapporteerd): pas vanaf 2017 staan doorbetalingen bij de lasten. Daarvoor gingen ze vermoedelijk af van de baten.",
    ],
  },
  {
    id: "swv-doorbetalingen-aandeel",
    label: "Doorbetalingen als deel van de lasten",
    short: "Doorbetaald deel",
    field: "swv",
    level: "swv",
    sectors: ["po", "vo"],
    unit: "percent",
    decimals: 1,
    definition: "Welk deel van zijn totale lasten het samenwerkingsverband doorbetaalt aan schoolbesturen.",
    plain:
      "Welk deel van zijn uitgaven het samenwerkingsverband doorgaf aan schoolbesturen. Hoe hoger, hoe meer van het geld op de scholen zelf wordt besteed.",
    formula: "doorbetalingen aan schoolbesturen ÷ totale lasten × 100",
    sources: ["fin-lasten-2014-2018", "fin-baten-lasten-2012-2016"],
    yearKind: "kalenderjaar",
    direction: "neutral",
    summable: false,
    caveats: [
      "In feite alleen 2017 en 2018: eerder staan de doorbetalingen niet bij de lasten.",
      "Totale lasten zoals bij ‘Totale lasten van het samenwerkingsverband’ (voor 2017-2018 de som van de lastengroepen).",
    ],
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
    plain:
      "Hoeveel leerlingen in het gebied van school gingen zonder een diploma dat genoeg is om mee te werken (een startkwalificatie). Hoe lager, hoe beter.",
    formula: "Σ vsv'ers ÷ Σ leerlingen × 100",
    sources: ["vo-vsv-swv-2015"],
    yearKind: "kalenderjaar",
    direction: "lower",
    summable: false,
    caveats: ["Alleen 2015."],
  },
];

const SHARE = { min: 0, max: 100, why: "a share of a count: 0-100 by definition" };
const COUNT = { min: 0, why: "a count cannot be negative" };
/** Cost shares: a single cost group can be negative after a correction, so only the plausible range is bounded. */
const COST_SHARE = (max: number) => ({
  plausible: { min: 0, max },
  why: `a cost group as a share of total costs; negative or above ${max}% only after corrections or booking errors`,
});

/** Bounds per indicator id; every indicator has an entry (checked in registry.test.ts). */
export const BOUNDS: Record<string, Bounds> = {
  leerlingen: COUNT,
  "leerlingen-verandering-5j": {
    min: -100,
    plausible: { min: -80, max: 300 },
    why: "a count cannot fall by more than 100%; beyond -80% or +300% in 5 years is nearly always a merger, a split or a registration error",
  },
  vestigingen: COUNT,
  "aandeel-speciaal": SHARE,
  "aandeel-gewichtenleerlingen": SHARE,
  achterstandsscore: { min: 0, why: "CBS's score is a non-negative expected number of pupils" },
  schoolweging: {
    plausible: { min: 15, max: 45 },
    why: "CBS school weights lie between about 20 and 40; outside 15-45 is off the scale",
  },
  "afstand-woon-school": {
    min: 0,
    plausible: { max: 40 },
    why: "a distance is not negative; an average above 40 km is beyond even wide special-school catchments",
  },
  slaagpercentage: { ...SHARE, why: "passed ≤ candidates: a pass rate lies in 0-100" },
  "slaagpercentage-vmbo": { ...SHARE, why: "passed ≤ candidates: a pass rate lies in 0-100" },
  "slaagpercentage-havo": { ...SHARE, why: "passed ≤ candidates: a pass rate lies in 0-100" },
  "slaagpercentage-vwo": { ...SHARE, why: "passed ≤ candidates: a pass rate lies in 0-100" },
  "eindtoets-cet": { min: 501, max: 550, why: "the Centrale Eindtoets scale runs from 501 to 550" },
  "eindtoets-iep": { min: 50, max: 100, why: "the IEP scale runs from 50 to 100" },
  "eindtoets-route8": { min: 100, max: 300, why: "the ROUTE 8 scale runs from 100 to 300" },
  "oordeel-onvoldoende-aandeel": SHARE,
  vsv: {
    ...SHARE,
    plausible: { max: 10 },
    why: "a share; above 10% leaving school early is far beyond any board",
  },
  zittenblijven: {
    ...SHARE,
    plausible: { max: 30 },
    why: "a share; above 30% repeaters is far beyond any board",
  },
  "solvabiliteit-1": {
    plausible: { min: 0, max: 1 },
    why: "equity ÷ total capital: negative equity exists but below 0 or above 1 is rare enough to check",
  },
  "solvabiliteit-2": {
    plausible: { min: 0, max: 1 },
    why: "(equity + provisions) ÷ total capital: outside 0-1 only with negative equity or negative debts",
  },
  liquiditeit: {
    min: 0,
    plausible: { max: 20 },
    why: "current assets ÷ current liabilities, both non-negative; above 20 means almost no short-term debts",
  },
  rentabiliteit: {
    plausible: { min: -50, max: 50 },
    why: "result ÷ income: a loss or profit of more than half the income in one year is almost always a booking or file error",
  },
  weerstandsvermogen: {
    plausible: { min: -50, max: 300 },
    why: "equity ÷ income: reserves of more than three years' income or a deficit of half a year are exceptional",
  },
  "personeelslasten-aandeel": COST_SHARE(100),
  "huisvestingslasten-aandeel": COST_SHARE(30),
  huisvestingsratio: COST_SHARE(30),
  kapitalisatiefactor: {
    plausible: { min: 0, max: 200 },
    why: "capital less buildings ÷ income: negative or above 200% is exceptional",
  },
  "personeelslasten-rijksbijdragen": {
    plausible: { min: 30, max: 150 },
    why: "staff costs ÷ government funding: below 30% or above 150% means the funding or the costs are misbooked",
  },
  "eigen-vermogen": { why: "equity can be negative; no bound" },
  "totaal-baten": { plausible: { min: 0 }, why: "income below 0 is a correction, not a year's income" },
  "eigen-vermogen-per-leerling": {
    plausible: { min: -5000, max: 50000 },
    why: "equity per pupil beyond a year's funding per pupil several times over is more likely a pupil count mismatch",
  },
  "baten-per-leerling": {
    plausible: { min: 2000, max: 50000 },
    why: "funding per pupil is ≈ €5,000 in bo and up to ≈ €30,000 in so; outside 2,000-50,000 the pupil count does not match the finance entity",
  },
  "personeel-personen": COUNT,
  "leerlingen-per-medewerker": {
    min: 0,
    plausible: { min: 1, max: 300 },
    why: "a ratio of counts; below 1 or above 300 pupils per staff member the pupil and staff files do not describe the same schools",
  },
  "fte-totaal": COUNT,
  "fte-op": COUNT,
  "fte-oop": COUNT,
  "fte-management": COUNT,
  "leerling-leraarratio": {
    min: 0,
    plausible: { min: 2, max: 40 },
    why: "regular schools have ≈ 12-25 pupils per teacher fte, special schools (so/vso) ≈ 4-6; below 2 or above 40 the pupil and staff files do not describe the same schools",
  },
  "personeel-bovenschools": COUNT,
  "swv-leden": COUNT,
  "swv-leerlingen": COUNT,
  "swv-so-vso-leerlingen": COUNT,
  "swv-eigen-vermogen": { why: "equity can be negative; no bound" },
  "swv-weerstandsvermogen": {
    plausible: { min: -100, max: 1000 },
    why: "SWV income is net of transfers in 2014-2016, so high ratios are real; beyond -100% or 1000% is a file error",
  },
  "swv-baten": { plausible: { min: 0 }, why: "income below 0 is a correction, not a year's income" },
  "swv-lasten": { plausible: { min: 0 }, why: "costs below 0 are a correction, not a year's costs" },
  "swv-doorbetalingen": { plausible: { min: 0 }, why: "a transfer below 0 is a correction" },
  "swv-doorbetalingen-aandeel": COST_SHARE(100),
  "swv-vsv": SHARE,
};

/**
 * How old a figure may be before it is marked "verouderd", per field: the number of years before the newest year
 * in the data. Finance and staff describe a situation that changes yearly (3 years); pupils change faster (2).
 */
export const CURRENCY_BY_FIELD: Record<Field, Currency> = {
  onderwijs: { kind: "years", maxAge: 3 },
  "leerling-ouder": { kind: "years", maxAge: 2 },
  financien: { kind: "years", maxAge: 3 },
  medewerkers: { kind: "years", maxAge: 3 },
  swv: { kind: "years", maxAge: 3 },
};
/** Indicators whose currency differs from their field's. */
export const CURRENCY: Record<string, Currency> = {
  "oordeel-onvoldoende-aandeel": {
    kind: "dated",
    what: "Een oordeel van de inspectie is de stand op één dag, geen oordeel van nu. Actuele oordelen staan op onderwijsinspectie.nl.",
  },
};

for (const d of INDICATORS) {
  d.bounds = BOUNDS[d.id];
  d.currency = CURRENCY[d.id] ?? CURRENCY_BY_FIELD[d.field];
}

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

/**
 * A break in a series: a year from which figures are not comparable with the years before (no central exams,
 * exam measures, a change of source or definition). The one list every sector chart and table annotates from.
 */
export interface SeriesBreak {
  /** The indicators it touches. */
  indicators: string[];
  sectors: Sector[];
  /** The year (as stored: a schooljaar by its first calendar year) the break applies to. */
  year: number;
  /** Short label for a chart annotation. */
  short: string;
  /** The full explanation in plain Dutch. */
  text: string;
}

/** Breaks in the national and sector series, in year order. */
export const BREAKS: SeriesBreak[] = [
  {
    indicators: ["slaagpercentage"],
    sectors: ["vo"],
    year: 2019,
    short: "geen centrale examens",
    text: "2019-2020: geen centrale examens door corona. De uitslag rust alleen op het schoolexamen; het slaagpercentage is niet vergelijkbaar met andere jaren.",
  },
  {
    indicators: ["slaagpercentage"],
    sectors: ["vo"],
    year: 2020,
    short: "examenmaatregelen",
    text: "2020-2021: examens met coronamaatregelen (extra herkansing, een vak wegstrepen). Het slaagpercentage is hoger dan vóór 2019 en niet direct vergelijkbaar.",
  },
  {
    indicators: ["slaagpercentage"],
    sectors: ["vo"],
    year: 2021,
    short: "examenmaatregelen",
    text: "2021-2022: nog examenmaatregelen (extra herkansing, een vak wegstrepen). Het slaagpercentage is niet direct vergelijkbaar met de jaren ervoor en erna.",
  },
  {
    indicators: ["slaagpercentage"],
    sectors: ["vo"],
    year: 2019,
    short: "andere bron",
    text: "Vanaf 2019-2020 een ander DUO-bestand (2019-2024) dat aantallen onder 5 afschermt; afgeschermde opleidingen tellen niet mee.",
  },
  {
    indicators: ["leerlingen", "vestigingen"],
    sectors: ["vo"],
    year: 2024,
    short: "overgetypt bestand, geen 2023",
    text: "Vo 2024 en 2025: overgetypte bestanden (tekstkopie van DUO); voor 2023 is er geen bestand. Het verschil tussen 2022 en 2024 is twee jaar.",
  },
  {
    indicators: ["personeel-personen"],
    sectors: ["po"],
    year: 2018,
    short: "zonder bovenschools",
    text: "Po personeel in personen: tot en met 2017 is er een apart bestand met bovenschools personeel; vanaf 2018 ontbreekt personeel dat op bestuursniveau is geregistreerd.",
  },
  {
    indicators: ["eigen-vermogen"],
    sectors: ["po", "vo"],
    year: 2017,
    short: "andere bron",
    text: "Eigen vermogen: tot en met 2016 uit DUO's kengetallen, daarna uit de balans 2015-2019. Een ander bestand kan voor een jaar iets anders geven.",
  },
];

/** The breaks that touch one indicator and sector, in year order. */
export const breaksFor = (indicatorId: string, sector: Sector): SeriesBreak[] =>
  BREAKS.filter((b) => b.indicators.includes(indicatorId) && b.sectors.includes(sector)).sort(
    (a, b) => a.year - b.year,
  );
