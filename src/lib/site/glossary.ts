// The glossary of /begrippen/: every term the site uses, in plain Dutch. Pure data and small helpers, no I/O.

export interface GlossaryTerm {
  /** The term as shown, e.g. "Samenwerkingsverband (SWV)". */
  term: string;
  /** The anchor on /begrippen/ (unique). */
  slug: string;
  /** One to three short sentences in plain Dutch. */
  text: string;
  /** Indicators for which this is the main term: their plain line links here (each indicator at most once). */
  indicators: string[];
  /** Words that stand for this term in indicator labels (lower case; default: the term itself). */
  words?: string[];
}

/** Every term, in alphabetical order (checked in glossary.test.ts). */
export const GLOSSARY: GlossaryTerm[] = [
  {
    term: "Achterstandsscore",
    slug: "achterstandsscore",
    text: "Een getal van het CBS dat aangeeft hoeveel leerlingen van een school een achterstand kunnen hebben door hun thuissituatie, zoals de opleiding van de ouders. Scholen met een hoge score krijgen extra geld. De score zegt niets over de kwaliteit van de school.",
    indicators: ["achterstandsscore"],
  },
  {
    term: "Afgeleid bestand",
    slug: "afgeleid-bestand",
    text: "Een bestand dat niet rechtstreeks van DUO komt: iemand anders heeft het uit een DUO-bestand gemaakt. Cijfers uit zo’n bestand hebben een opmerking.",
    indicators: [],
  },
  {
    term: "Afgeschermd (<5)",
    slug: "afgeschermd",
    text: "DUO laat kleine aantallen weg, meestal minder dan 5, zodat niemand leerlingen of personeel kan herkennen. Er staat dan <5 in plaats van een getal. Een afgeschermd aantal telt nooit als 0.",
    indicators: [],
    words: ["afgeschermd"],
  },
  {
    term: "Afschrijving",
    slug: "afschrijving",
    text: "Een gebouw of computer gaat jaren mee. Het bestuur boekt de prijs daarom niet in één keer als uitgave, maar verdeelt die over de jaren. Het deel per jaar heet afschrijving.",
    indicators: [],
  },
  {
    term: "Baten en lasten",
    slug: "baten-en-lasten",
    text: "Baten zijn alle inkomsten van een bestuur in een jaar, vooral geld van het Rijk. Lasten zijn alle uitgaven, zoals salarissen, gebouwen en lesmateriaal.",
    indicators: [
      "totaal-baten",
      "baten-per-leerling",
      "personeelslasten-aandeel",
      "huisvestingslasten-aandeel",
      "personeelslasten-rijksbijdragen",
      "swv-baten",
      "swv-lasten",
    ],
    words: ["baten", "lasten"],
  },
  {
    term: "Bevoegd gezag (bestuur)",
    slug: "bevoegd-gezag",
    text: "De organisatie die verantwoordelijk is voor een of meer scholen: het schoolbestuur. Het bestuur krijgt het geld van het Rijk en neemt het personeel in dienst. Op deze site heeft elk bestuur een eigen pagina.",
    indicators: ["swv-leden"],
    words: ["bevoegd gezag", "bestuur", "besturen"],
  },
  {
    term: "Bovenschools",
    slug: "bovenschools",
    text: "Wat voor het hele bestuur is en niet voor één school. Bijvoorbeeld het bestuursbureau of een groep invallers (invalpool).",
    indicators: ["personeel-bovenschools"],
  },
  {
    term: "BRIN",
    slug: "brin",
    text: "Een code van vier tekens die DUO aan elke school geeft, bijvoorbeeld 12AB. Heeft een school meer vestigingen, dan krijgt elke vestiging daarbij nog een eigen nummer.",
    indicators: [],
  },
  {
    term: "CBS",
    slug: "cbs",
    text: "Het Centraal Bureau voor de Statistiek. Het CBS maakt cijfers over Nederland, zoals de achterstandsscore en de schoolweging van scholen.",
    indicators: [],
  },
  {
    term: "DUO",
    slug: "duo",
    text: "Dienst Uitvoering Onderwijs, een organisatie van de overheid. DUO betaalt het geld aan de schoolbesturen en deelt open gegevens over scholen. De meeste cijfers op deze site komen van DUO.",
    indicators: [],
  },
  {
    term: "Eigen vermogen",
    slug: "eigen-vermogen",
    text: "Het geld dat een bestuur in de loop van de jaren heeft overgehouden: zijn reserves. Het is een buffer voor tegenvallers. Een heel groot eigen vermogen kan betekenen dat geld niet aan onderwijs wordt besteed.",
    indicators: ["eigen-vermogen", "eigen-vermogen-per-leerling", "swv-eigen-vermogen"],
    words: ["eigen vermogen", "reserves"],
  },
  {
    term: "Eindtoets",
    slug: "eindtoets",
    text: "De toets die leerlingen in groep 8 maken aan het eind van de basisschool. In deze jaren waren er drie toetsen, elk met een eigen schaal: de Centrale Eindtoets (CET) van 501 tot en met 550, de IEP Eindtoets van 50 tot en met 100 en ROUTE 8 van 100 tot en met 300. Vergelijk daarom alleen scores op dezelfde toets.",
    indicators: ["eindtoets-cet", "eindtoets-iep", "eindtoets-route8"],
  },
  {
    term: "Fte",
    slug: "fte",
    text: "Fte betekent voltijdbaan (fulltime-equivalent). Iemand die de hele week werkt, is 1 fte; iemand die de halve week werkt, is 0,5 fte.",
    indicators: ["fte-totaal", "fte-management"],
  },
  {
    term: "Gewichtenleerling",
    slug: "gewichtenleerling",
    text: "Een basisschoolleerling van wie de ouders weinig opleiding hebben. De school kreeg voor zo’n leerling extra geld. Sinds 2019 gebruikt de overheid daarvoor de achterstandsscore van het CBS.",
    indicators: ["aandeel-gewichtenleerlingen"],
    words: ["gewichtenleerling"],
  },
  {
    term: "Huisvestingsratio",
    slug: "huisvestingsratio",
    text: "Het deel van alle uitgaven dat naar gebouwen gaat, zoals huur, onderhoud, energie en afschrijving. Hoe hoger, hoe minder geld er overblijft voor het onderwijs zelf.",
    indicators: ["huisvestingsratio"],
  },
  {
    term: "Inspectie",
    slug: "inspectie",
    text: "De Inspectie van het Onderwijs. De inspectie houdt toezicht op scholen en besturen: op de kwaliteit van het onderwijs en op het geld. Deze site is geen oordeel van de inspectie.",
    indicators: [],
  },
  {
    term: "Inspectieoordeel",
    slug: "inspectieoordeel",
    text: "Het oordeel van de inspectie over een school of afdeling. Tot 1 augustus 2017 was dat voldoende, zwak of zeer zwak; sindsdien goed, voldoende, onvoldoende of zeer zwak. Bij zwak, zeer zwak en onvoldoende moet de school verbeteren.",
    indicators: ["oordeel-onvoldoende-aandeel"],
    words: ["inspectieoordeel", "oordeel"],
  },
  {
    term: "Kalenderjaar en schooljaar",
    slug: "kalenderjaar-schooljaar",
    text: "Een kalenderjaar loopt van 1 januari tot en met 31 december; de financiële cijfers gaan per kalenderjaar. Een schooljaar loopt van 1 augustus tot en met 31 juli, bijvoorbeeld 2018-2019; examens en eindtoetsen gaan per schooljaar.",
    indicators: [],
    words: ["kalenderjaar", "schooljaar"],
  },
  {
    term: "Kapitalisatiefactor",
    slug: "kapitalisatiefactor",
    text: "Het geld dat een bestuur vasthoudt (alles wat het bezit, min de gebouwen en terreinen), vergeleken met zijn inkomsten in een jaar. Een hoge waarde kan betekenen dat er geld ‘op de plank’ ligt.",
    indicators: ["kapitalisatiefactor"],
  },
  {
    term: "Kwartiel",
    slug: "kwartiel",
    text: "Zet je alle besturen op volgorde, dan verdelen de kwartielen ze in vier even grote groepen. Een kwart van de besturen zit onder het eerste kwartiel, een kwart boven het derde kwartiel. Daartussen zit de middelste helft.",
    indicators: [],
  },
  {
    term: "Leerling-leraarratio",
    slug: "leerling-leraarratio",
    text: "Het aantal leerlingen per voltijdbaan (fte) van een leraar. Een lage ratio kan kleine klassen betekenen, maar ook veel speciaal onderwijs of extra hulp.",
    indicators: ["leerling-leraarratio"],
  },
  {
    term: "Liquiditeit",
    slug: "liquiditeit",
    text: "Of een bestuur zijn rekeningen op korte termijn kan betalen: het geld dat snel beschikbaar is, gedeeld door de schulden die binnen een jaar betaald moeten worden. Boven 1 is er meer geld dan zulke schulden.",
    indicators: ["liquiditeit"],
  },
  {
    term: "Lwoo en pro",
    slug: "lwoo-pro",
    text: "Lwoo is leerwegondersteunend onderwijs: extra hulp voor vmbo-leerlingen die dat nodig hebben. Pro is praktijkonderwijs: voortgezet onderwijs voor leerlingen die vooral leren door te doen.",
    indicators: [],
    words: ["lwoo", "praktijkonderwijs"],
  },
  {
    term: "Mediaan",
    slug: "mediaan",
    text: "De middelste waarde als je alle besturen op volgorde zet. De helft van de besturen zit hoger, de helft lager. Een paar heel hoge of lage waarden veranderen de mediaan bijna niet.",
    indicators: [],
  },
  {
    term: "Ondergrens (≥)",
    slug: "ondergrens",
    text: "Een getal met ≥ ervoor is een ondergrens: het echte getal is minstens zo groot. Dat gebeurt als een deel van de aantallen ontbreekt of afgeschermd is.",
    indicators: [],
    words: ["ondergrens"],
  },
  {
    term: "Onwaarschijnlijk",
    slug: "onwaarschijnlijk",
    text: "Een waarde die wel kan bestaan, maar zo ongewoon is dat er waarschijnlijk een fout in de bron zit. De site toont de waarde met het label ‘onwaarschijnlijk’, maar telt haar niet mee in de vergelijking met andere besturen.",
    indicators: [],
  },
  {
    term: "OP en OOP",
    slug: "op-oop",
    text: "OP is onderwijzend personeel: de leraren. OOP is onderwijsondersteunend personeel, zoals conciërges, administratie en onderwijsassistenten.",
    indicators: ["fte-op", "fte-oop"],
    words: ["onderwijzend personeel", "onderwijsondersteunend personeel"],
  },
  {
    term: "Overgetypt bestand",
    slug: "overgetypt-bestand",
    text: "Een bestand dat teken voor teken is overgetypt uit een tekstkopie, omdat het origineel niet te downloaden was. Het is dus geen exacte kopie van het DUO-bestand. Cijfers uit zo’n bestand hebben een opmerking.",
    indicators: [],
    words: ["overgetypt"],
  },
  {
    term: "Passend onderwijs",
    slug: "passend-onderwijs",
    text: "Sinds 1 augustus 2014 moeten scholen elke leerling een goede plek bieden, ook als die leerling extra hulp nodig heeft. De scholen in een regio werken daarvoor samen in een samenwerkingsverband.",
    indicators: ["swv-doorbetalingen", "swv-doorbetalingen-aandeel"],
  },
  {
    term: "Peildatum",
    slug: "peildatum",
    text: "De dag waarop geteld wordt. DUO telt de leerlingen op 1 oktober, aan het begin van het schooljaar. Bij de oordelen van de inspectie is de peildatum 1 april 2018.",
    indicators: [],
  },
  {
    term: "Po",
    slug: "po",
    text: "Primair onderwijs: de basisschool (groep 1 tot en met 8), het speciaal basisonderwijs (sbo) en het speciaal onderwijs (so).",
    indicators: [],
    words: ["po", "primair onderwijs"],
  },
  {
    term: "Rentabiliteit",
    slug: "rentabiliteit",
    text: "Het resultaat van een jaar (inkomsten min uitgaven) als deel van de inkomsten. Een plus betekent geld over, een min betekent een tekort.",
    indicators: ["rentabiliteit"],
  },
  {
    term: "Samenwerkingsverband (SWV)",
    slug: "samenwerkingsverband",
    text: "Een groep schoolbesturen in een regio die samen zorgen voor passend onderwijs. Het samenwerkingsverband krijgt geld voor extra ondersteuning en verdeelt dat over de scholen. Er zijn aparte samenwerkingsverbanden voor po en vo.",
    indicators: ["swv-leerlingen"],
    words: ["samenwerkingsverband", "swv"],
  },
  {
    term: "Schoolweging",
    slug: "schoolweging",
    text: "Een getal van het CBS dat zegt welke resultaten je mag verwachten op grond van de thuissituatie van de leerlingen. Hoe hoger de weging, hoe meer achterstand te verwachten is. Het zegt niets over de kwaliteit van de school.",
    indicators: ["schoolweging"],
  },
  {
    term: "Signaleringswaarde",
    slug: "signaleringswaarde",
    text: "Een grens die de inspectie gebruikt bij financiële cijfers. Zit een bestuur aan de verkeerde kant, dan kijkt de inspectie beter. Het is een aanleiding om te kijken, geen norm en geen oordeel.",
    indicators: [],
  },
  {
    term: "Slaagpercentage",
    slug: "slaagpercentage",
    text: "Het deel van de leerlingen dat examen deed en slaagde. In 2019-2020 waren er door corona geen centrale examens; dat jaar is niet goed te vergelijken met andere jaren.",
    indicators: ["slaagpercentage", "slaagpercentage-vmbo", "slaagpercentage-havo", "slaagpercentage-vwo"],
  },
  {
    term: "So, vso en sbo",
    slug: "so-vso-sbo",
    text: "So is speciaal onderwijs voor kinderen van 4 tot 12 jaar die veel extra hulp nodig hebben, bijvoorbeeld door een beperking. Vso is voortgezet speciaal onderwijs, voor jongeren vanaf 12 jaar. Sbo is speciaal basisonderwijs: een basisschool voor kinderen die meer hulp nodig hebben dan een gewone basisschool kan geven.",
    indicators: ["aandeel-speciaal", "swv-so-vso-leerlingen"],
    words: ["so", "vso", "sbo", "speciaal onderwijs"],
  },
  {
    term: "Solvabiliteit",
    slug: "solvabiliteit",
    text: "Welk deel van alles wat een bestuur bezit, is betaald met eigen geld in plaats van met leningen en andere schulden. Bij solvabiliteit II tellen ook de voorzieningen mee. Hoe hoger, hoe beter het bestuur tegenvallers kan opvangen.",
    indicators: ["solvabiliteit-1", "solvabiliteit-2"],
  },
  {
    term: "Vavo",
    slug: "vavo",
    text: "Voortgezet algemeen volwassenenonderwijs: havo of vwo op een roc. Een vo-school kan een leerling daar laten lessen volgen; de leerling blijft dan bij de school ingeschreven.",
    indicators: [],
  },
  {
    term: "Verouderd",
    slug: "verouderd",
    text: "Een cijfer is verouderd als het veel ouder is dan de nieuwste cijfers op deze site. Het label ‘verouderd’ staat dan naast het jaar. De situatie nu kan anders zijn.",
    indicators: [],
  },
  {
    term: "Vestiging",
    slug: "vestiging",
    text: "Een gebouw of plek waar een school les geeft. Een school (met één BRIN-code) kan meer vestigingen hebben.",
    indicators: ["vestigingen"],
  },
  {
    term: "Vo",
    slug: "vo",
    text: "Voortgezet onderwijs: de middelbare school, zoals praktijkonderwijs, vmbo, havo en vwo.",
    indicators: [],
    words: ["vo", "voortgezet onderwijs"],
  },
  {
    term: "Voorziening",
    slug: "voorziening",
    text: "Geld dat een bestuur opzij zet voor een uitgave die zeker komt, bijvoorbeeld groot onderhoud aan een gebouw.",
    indicators: [],
  },
  {
    term: "Vsv (voortijdig schoolverlaten)",
    slug: "vsv",
    text: "Een voortijdig schoolverlater is een jongere onder de 23 die van school gaat zonder startkwalificatie: een diploma havo, vwo of minstens mbo niveau 2. Met zo’n diploma is de kans op werk veel groter.",
    indicators: ["vsv", "swv-vsv"],
    words: ["vsv", "voortijdig schoolverlaten", "voortijdig schoolverlaters"],
  },
  {
    term: "Weerstandsvermogen",
    slug: "weerstandsvermogen",
    text: "Het eigen vermogen van een bestuur als deel van zijn inkomsten in een jaar: hoe groot de buffer is. Hoe hoger, hoe beter het bestuur tegenvallers kan opvangen. Heel hoog kan betekenen dat er geld blijft liggen.",
    indicators: ["weerstandsvermogen", "swv-weerstandsvermogen"],
  },
  {
    term: "Zittenblijven",
    slug: "zittenblijven",
    text: "Een leerling blijft zitten als hij of zij een leerjaar overdoet, in plaats van door te gaan naar het volgende leerjaar.",
    indicators: ["zittenblijven"],
    words: ["zittenblijven", "zittenblijvers"],
  },
];

/** The words that stand for a term in labels. */
export const wordsOf = (t: GlossaryTerm): string[] => t.words ?? [t.term.toLowerCase()];

/** Whether a text names a term: one of its words as a whole word (a plural -en, -n or -s allowed). */
export function mentions(text: string, t: GlossaryTerm): boolean {
  return wordsOf(t).some((w) =>
    new RegExp(`(?<!\\p{L})${w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(en|n|s)?(?!\\p{L})`, "iu").test(text),
  );
}

/** The main glossary term of an indicator (its plain line links there), or undefined. */
export const termOf = (indicatorId: string): GlossaryTerm | undefined =>
  GLOSSARY.find((t) => t.indicators.includes(indicatorId));

/** The term as it reads inside a sentence: without the part in brackets, lower case unless an abbreviation. */
export function nameOf(t: GlossaryTerm): string {
  const name = t.term.replace(/\s*\(.*\)$/, "");
  return /^\p{Lu}{2}/u.test(name) ? name : name[0]!.toLowerCase() + name.slice(1);
}

/** The first letter of a term, for the jump list ("A" … "Z"). */
export const letterOf = (t: GlossaryTerm): string => t.term[0]!.toUpperCase();

/** The terms grouped by first letter, in order. */
export function byLetter(): { letter: string; terms: GlossaryTerm[] }[] {
  const groups: { letter: string; terms: GlossaryTerm[] }[] = [];
  for (const t of GLOSSARY) {
    const l = letterOf(t);
    if (groups.at(-1)?.letter !== l) groups.push({ letter: l, terms: [] });
    groups.at(-1)!.terms.push(t);
  }
  return groups;
}
