import type { DemoArticle } from '../demo-types.js';
import { a, b, h, i, img, p, q, rel } from './blocks.js';

/** Deutsche Ausgabe, Teil 1: Politik, Afrika, Wissenschaft, Klima, Kultur. */
export const articlesDe1: DemoArticle[] = [
  {
    key: 'de-estmark-wahl',
    edition: 'de',
    sectionPath: 'world/europe',
    topicSlugs: ['wahlen-2026'],
    kicker: 'Estmark',
    headline: 'Streit um Energiepreise: Koalition in Estmark zerbricht, Neuwahl im Juni',
    teaser:
      'Die Grüne Bauernliga hat die Regierung von Ministerpräsidentin Liis Varendt verlassen. Am 14. Juni wird gewählt – zwei Jahre früher als geplant.',
    body: [
      p(
        'In Estmark wird am ',
        b('14. Juni'),
        ' ein neues Parlament gewählt. Die Dreierkoalition von Ministerpräsidentin Liis Varendt ist in der Nacht zum Mittwoch zerbrochen, nachdem der kleinste Partner, die Grüne Bauernliga, im Streit um eine geplante Abgabe auf Heizöl die Regierung verlassen hatte. Die Abgabe treffe vor allem ihre Wählerinnen und Wähler auf dem Land, argumentiert die Partei.',
      ),
      p(
        'Varendt, die das Land mit 2,1 Millionen Einwohnern seit 2023 regiert, schloss in Varnholm eine Minderheitsregierung aus. „Ein Haushalt dieser Größenordnung braucht ein klares Mandat. Darum bitte ich lieber die Wähler, als jeden Donnerstag neu darüber zu verhandeln“, sagte sie.',
      ),
      h('Heizkosten bestimmen den Wahlkampf'),
      p(
        'Seit dem Winter beherrschen die Heizkosten die Politik in Estmark; für Privathaushalte stiegen die Preise um fast ein Drittel. Die Regierung wollte den Anstieg mit einer Einmalzahlung abfedern und diese teilweise über die Abgabe finanzieren – aus Sicht der Bauernliga ',
        i('„eine Steuer auf Entfernung“'),
        '.',
      ),
      q(
        'Im Norden fahren die Leute vierzig Kilometer zum Arzt und heizen alte Holzhäuser. Ausgerechnet sie sollten für eine Krise bezahlen, die sie nicht verursacht haben.',
        'Aune Reesk, Vorsitzende der Grünen Bauernliga',
      ),
      p(
        'Umfragen zufolge kann keine Partei auf eine eigene Mehrheit hoffen. Die oppositionelle Bürgerallianz liegt bei etwa 27 Prozent, knapp vor Varendts Sozialdemokraten. Die Bauernliga, die bei der letzten Wahl 9 Prozent holte, kommt derzeit auf 6 Prozent – womöglich genug, um erneut über die Regierungsbildung mitzuentscheiden.',
      ),
      h('Wie es weitergeht'),
      p(
        'Präsident Rein Toomsalu soll das Parlament am Freitag formell auflösen; laut Verfassung muss binnen 60 Tagen gewählt werden. Die Wahlkommission hat einen ',
        a('Zeitplan für den Wahlkampf', 'https://example.org/estmark/wahlkalender'),
        ' veröffentlicht, die Briefwahl beginnt Mitte Mai.',
      ),
      rel('de-faktencheck-ki-bilder'),
    ],
    leadImageKey: 'estmark-parliament',
    leadImageCaption: 'Das Parlament in Varnholm: Hier ist Estmarks Koalition zerbrochen (Illustration)',
    leadImageAlt: 'Illustration: helle Säulen unter einem dreieckigen Dach vor einem tiefblauen Abendhimmel',
    authors: ['tw', 'es'],
    agencies: ['AFP', 'dpa'],
    translationKey: 'estmark-election',
    hoursAgo: 3,
    updatedAfterHours: 2,
  },
  {
    key: 'de-kivane-solar',
    edition: 'de',
    sectionPath: 'world/africa',
    topicSlugs: ['klimakrise'],
    kicker: 'Energie',
    headline: 'Schwimmende Solaranlage auf dem Kivane-See versorgt 200.000 Haushalte',
    teaser:
      'Sanara hat das größte schwimmende Solarkraftwerk der Region in Betrieb genommen. Die Fischerfamilien am Ufer fordern Garantien.',
    body: [
      p(
        'Auf dem Kivane-See in Sanara liefert seit Montag ein schwimmendes Solarkraftwerk Strom. Nach Angaben der Regierung reicht die Leistung von 180 Megawatt, um tagsüber ',
        b('rund 200.000 Haushalte'),
        ' zu versorgen. Mehr als 300.000 Module sind dafür auf Schwimmkörpern montiert und am Seegrund verankert.',
      ),
      p(
        'Energieministerin Adwoa Kantanka sprach vom „ersten von vielen Schritten“. Sanara importiert noch immer ein Drittel seines Stroms, in der Hauptstadt Kalemba gehören Stromausfälle zum Alltag.',
      ),
      h('Kühleres Wasser, weniger Verdunstung'),
      p(
        'Schwimmende Anlagen hätten gegenüber Solarparks an Land zwei Vorteile, erklärt die Ingenieurin Efua Darko, die das Projekt für den staatlichen Versorger betreut hat: Das Wasser kühlt die Module, was ihren Wirkungsgrad erhöht. Zugleich beschatten sie die Oberfläche, sodass in der Trockenzeit weniger Wasser verdunstet.',
      ),
      q(
        'Jeder Liter, der nicht verdunstet, bleibt im Stausee – und treibt weiter flussabwärts die Turbinen an.',
        'Efua Darko, Projektingenieurin',
      ),
      img('kivane-shore', 'Fischerfamilien am Ufer des Kivane-Sees (Illustration)', 'Illustration: grüne Wellen in mehreren Schichten unter dunkelgrünem Himmel mit blasser Sonne'),
      h('Fischer wollen mitreden'),
      p(
        'Am Ufer ist die Skepsis groß. Rund 4000 Familien leben vom Fischfang auf dem See, und das abgesperrte Gelände rund um die Anlage umfasst einige flache Buchten, in denen Tilapia laichen. Ein örtlicher Verband verlangt, dass die Regierung ',
        a('das Umweltgutachten', 'https://example.org/sanara/kivane-gutachten'),
        ' vollständig veröffentlicht, bevor über einen zweiten Bauabschnitt entschieden wird.',
      ),
      p(
        'Der Versorger will die Fischbestände fünf Jahre lang beobachten und hat Entschädigungen zugesagt, falls die Fänge zurückgehen.',
      ),
    ],
    leadImageKey: 'kivane-solar',
    leadImageCaption: 'Schwimmende Module bedecken einen Teil des Kivane-Sees (Illustration)',
    leadImageAlt: 'Illustration: blaue Kacheln in Perspektive unter warmem gelbem Licht, wie Solarmodule',
    authors: ['kab'],
    agencies: ['Reuters'],
    translationKey: 'kivane-solar',
    hoursAgo: 10,
  },
  {
    key: 'de-ki-radiologie',
    edition: 'de',
    sectionPath: 'science',
    topicSlugs: ['kuenstliche-intelligenz'],
    kicker: 'Medizin',
    headline: 'KI sortiert Röntgenbilder: Schnellere Befunde, aber seltene Fälle übersehen',
    teaser:
      'In einer Studie an sechs Kliniken bekamen Patienten mit dringenden Befunden ihre Diagnose deutlich früher. Einige ungewöhnliche Erkrankungen stufte die Software jedoch falsch ein.',
    body: [
      p(
        'Eine Software, die Röntgenaufnahmen des Brustkorbs nach Dringlichkeit sortiert, hat in einer Studie an sechs Kliniken die Wartezeit auf einen Befund ',
        b('mehr als halbiert'),
        '. Zugleich stufte das Programm aber einige seltene Erkrankungen als unauffällig ein – Fälle, die erst die Radiologinnen und Radiologen selbst bemerkten.',
      ),
      p(
        'Die Studie unter Leitung des Nördlichen Instituts für klinische Daten in Lindwerder lief zwölf Monate und umfasste rund 94.000 Aufnahmen. In drei Kliniken schob ein Algorithmus verdächtige Bilder an den Anfang der Arbeitsliste, in den übrigen drei wurden die Aufnahmen in der Reihenfolge ihres Eingangs befundet.',
      ),
      h('Schneller bei den dringendsten Fällen'),
      p(
        'Bei Hinweisen auf einen Lungenkollaps oder eine Lungenentzündung sank die mittlere Zeit bis zum schriftlichen Befund von elf auf unter fünf Stunden. „Für diese Patienten entscheidet das darüber, ob sie am selben Tag mit Antibiotika nach Hause gehen oder eine Nacht auf dem Flur verbringen“, sagt Studienleiterin Dr. Henrike Olsberg.',
      ),
      h('Was die Maschine übersah'),
      p(
        '23 Aufnahmen mit ernsten Befunden hatte die Software weit hinten eingeordnet, meist Erkrankungen, die in einer durchschnittlichen Klinik nur wenige Male im Jahr vorkommen. Alle wurden von Fachleuten erkannt, manche allerdings einen Tag später als ohne die Sortierung.',
      ),
      q(
        'Das Werkzeug ist gut bei dem, was es oft gesehen hat. Mit Überraschungen tut es sich schwer – und die Medizin steckt voller Überraschungen.',
        'Dr. Henrike Olsberg, Leiterin der Studie',
      ),
      p(
        'Das Forschungsteam empfiehlt, eine ',
        i('zweite, unsortierte Arbeitsliste'),
        ' mit einer Zufallsstichprobe zu führen und übersehene Fälle dem Hersteller zu melden. Die ',
        a('vollständige Studie', 'https://example.org/research/xray-triage-trial'),
        ' ist online abrufbar.',
      ),
    ],
    leadImageKey: 'ai-radiology',
    leadImageCaption: 'Eine Software sortiert die Aufnahmen, bevor ein Radiologe sie sieht (Illustration)',
    leadImageAlt: 'Illustration: leuchtend türkise Punkte, durch feine Linien verbunden, auf dunkelblauem Grund',
    authors: ['wmd'],
    agencies: [],
    translationKey: 'ai-radiology',
    hoursAgo: 21,
    updatedAfterHours: 5,
  },
  {
    key: 'de-sellen-gletscher',
    edition: 'de',
    sectionPath: 'climate',
    topicSlugs: ['klimakrise'],
    kicker: 'Alpen',
    headline: 'Sellen-Gletscher hat in drei Sommern ein Fünftel seines Eises verloren',
    teaser:
      'Neue Messungen zeigen: Der Alpengletscher schmilzt doppelt so schnell wie erwartet. Die Dörfer im Tal planen bereits einen gemeinsamen Speichersee.',
    body: [
      p(
        'Der Sellen-Gletscher in den Westalpen hat seit dem Sommer 2023 ',
        b('rund 21 Prozent seines Volumens'),
        ' eingebüßt. Das geht aus einer Vermessung hervor, die das Alpine Eisobservatorium am Donnerstag vorgestellt hat. Erwartet hatten die Forschenden etwa die Hälfte.',
      ),
      p(
        'Die Teams vermaßen das Eis mit Bodenradar und Drohnen und verglichen die Daten mit einer Erhebung von vor drei Jahren. Die Gletscherzunge hat sich um 340 Meter zurückgezogen; ein Felsgrat, der jahrhundertelang unter dem Eis lag, teilt den Gletscher inzwischen in zwei Teile.',
      ),
      h('Hitze und zu wenig Schnee'),
      p(
        'Hauptursachen seien die heißen Sommer der vergangenen Jahre und die dünne Schneedecke im Winter, sagt der Glaziologe Mattia Crestani, der die Messungen leitete. Fehlt eine dicke Neuschneeschicht, liegt das dunklere Alteis früher im Jahr frei und nimmt mehr Sonnenwärme auf.',
      ),
      q(
        'Früher haben wir bei diesem Gletscher in Jahrhunderten gedacht. Heute planen wir unsere Messungen so, als könnte er in zwanzig Jahren verschwunden sein.',
        'Mattia Crestani, Alpines Eisobservatorium',
      ),
      img('meltwater-river', 'Im Sommer speist Schmelzwasser die Bäche im Tal (Illustration)', 'Illustration: blaugraue und anthrazitfarbene Bergketten unter einem Himmel, der von Grau in helles Blau übergeht'),
      h('Vorsorge für trockene Sommer'),
      p(
        'Für die vier Dörfer unterhalb des Gletschers ist das eine ganz praktische Frage: Das Schmelzwasser speist im Spätsommer die Bäche, aus denen Trinkwasser gewonnen und Wiesen bewässert werden. Die Gemeinden planen nun einen gemeinsamen Speichersee und ',
        a('bitten die Bevölkerung um Vorschläge', 'https://example.org/alps/sellen-wasserplan'),
        ' für den Standort.',
      ),
      rel('de-nachtzug-miradel'),
    ],
    leadImageKey: 'sellen-glacier',
    leadImageCaption: 'Der Sellen-Gletscher schrumpft schneller als berechnet (Illustration)',
    leadImageAlt: 'Illustration: blaue Bergketten mit weißen Gipfeln hintereinander unter blassem Himmel',
    authors: ['il'],
    agencies: ['dpa'],
    translationKey: 'sellen-glacier',
    hoursAgo: 31,
  },
  {
    key: 'de-masken-rueckgabe',
    edition: 'de',
    sectionPath: 'culture',
    topicSlugs: [],
    kicker: 'Restitution',
    headline: 'Museum in Lindwerder gibt neun geraubte Bronzemasken an Sanara zurück',
    teaser:
      'Nach mehr als zehn Jahren Verhandlungen ist die Rückgabe besiegelt. Die Masken waren 1897 aus einem Königshof verschleppt worden.',
    body: [
      p(
        'Das Lindwerder Museum der Weltkulturen gibt ',
        b('neun Bronzemasken'),
        ' an Sanara zurück. Ein entsprechendes Abkommen wurde am Freitag unterzeichnet – nach mehr als zehn Jahren Verhandlungen. Kolonialtruppen hatten die Masken 1897 aus dem Königshof von Asokwa verschleppt; das Museum kaufte sie in den 1920er-Jahren von einem Privatsammler.',
      ),
      p(
        'Museumsdirektorin Katharina Veil übergab die Eigentumsurkunden an Sanaras Kulturminister. Die Objekte selbst sollen im Herbst reisen, sobald eine klimatisierte Galerie in der Hauptstadt Kalemba fertig ist.',
      ),
      h('„Sie haben uns nie gehört“'),
      q(
        'Wir haben diese Masken hundert Jahre lang bewahrt. Aber sie haben uns nie gehört – und um das auszusprechen, hätten wir keine zehn Jahre brauchen dürfen.',
        'Katharina Veil, Direktorin des Lindwerder Museums der Weltkulturen',
      ),
      p(
        'Die Gespräche waren mehrmals ins Stocken geraten. Strittig war unter anderem, ob das Museum Repliken behalten darf; zudem wollte Sanaras frühere Regierung die Masken an einem Ort zeigen, den das Museum für Bronze als ungeeignet ansah. Das Abkommen sieht nun vor, dass beide Häuser zwanzig Jahre lang ',
        i('Leihgaben für Sonderausstellungen austauschen'),
        ' können.',
      ),
      h('Das Erbe einer Königsfamilie'),
      p(
        'Auch Nachfahren der Königsfamilie von Asokwa waren bei der Zeremonie. Nana Serwah Asokwa, eine Urenkelin des letzten Königs, kündigte an, die Familie werde der neuen Galerie zeremonielle Gewänder leihen – damit die Masken „in der Gesellschaft zu sehen sind, für die sie geschaffen wurden“.',
      ),
    ],
    leadImageKey: 'bronze-masks',
    leadImageCaption: 'Neun Bronzemasken kehren nach Sanara zurück (Illustration)',
    leadImageAlt: 'Illustration: sich überlagernde bronze- und sandfarbene Kreise auf dunkelbraunem Grund',
    authors: ['ofs', 'kab'],
    agencies: ['AFP'],
    translationKey: 'masks-return',
    hoursAgo: 47,
  },
  {
    key: 'de-salzweizen',
    edition: 'de',
    sectionPath: 'science',
    topicSlugs: ['ernaehrung', 'klimakrise'],
    kicker: 'Landwirtschaft',
    headline: 'Salztoleranter Weizen liefert auch auf überflutetem Küstenland gute Ernten',
    teaser:
      'Drei neue Sorten brachten auf Feldern, die von Meerwasser überspült worden waren, fast normale Erträge. Für Bauern an bedrohten Küsten könnte das Zeit gewinnen.',
    body: [
      p(
        'Salztolerante Weizensorten haben auf Ackerland, das zuvor von Meerwasser überflutet worden war, nahezu so hohe Erträge gebracht wie herkömmlicher Weizen. Das berichteten Forschende am Dienstag nach einem dreijährigen Versuch auf ',
        b('48 Testparzellen'),
        ' an einer flachen Küste, an der Sturmfluten immer wieder Salzwasser ins Land drücken.',
      ),
      p(
        'Auf den salzigsten Flächen brachte konventioneller Weizen weniger als die Hälfte der üblichen Ernte. Die beste der neuen Sorten, entwickelt von einem öffentlichen Forschungsverbund, büßte nur etwa zwölf Prozent ein.',
      ),
      h('Ein Gen aus einem Wildgras'),
      p(
        'Die Sorten tragen ein Gen aus einem wilden Verwandten des Weizens, das verhindert, dass sich Natrium in den Blättern anreichert. Sie wurden klassisch gezüchtet, ohne Gentechnik – und können deshalb schneller zugelassen werden, sagt die Pflanzengenetikerin Dr. Farida Oumarou, die das Projekt koordiniert hat.',
      ),
      img('saline-plots', 'Auf den Versuchsfeldern wird zum Teil mit Brackwasser bewässert (Illustration)', 'Illustration: ocker- und cremefarbene Felder mit feinen Furchen unter rostorangem Himmel'),
      q(
        'Salztoleranz rettet kein Feld, das jeden Winter unter Wasser steht. Aber sie kann Landwirten zehn oder fünfzehn Jahre mehr Zeit verschaffen, sich anzupassen. Und das zählt.',
        'Dr. Farida Oumarou, Pflanzengenetikerin',
      ),
      p(
        'Der Verbund will das Saatgut günstig an regionale Züchter lizenzieren. Bauernverbände begrüßten die Ergebnisse, warnten aber, Salz sei nur eines der Probleme an der Küste: Auch Entwässerung und steigendes Grundwasser müssten angegangen werden.',
      ),
    ],
    leadImageKey: 'saline-wheat',
    leadImageCaption: 'Versuchsfelder mit salztolerantem Weizen an der Küste (Illustration)',
    leadImageAlt: 'Illustration: goldene, grüne und türkise Felder mit Furchen unter orangem Himmel und gelber Sonne',
    authors: ['wmd', 'il'],
    agencies: ['Reuters'],
    translationKey: 'saline-wheat',
    hoursAgo: 72,
  },
];
