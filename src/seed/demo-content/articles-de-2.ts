import type { DemoArticle } from '../demo-types.js';
import { a, b, h, i, img, ol, p, q, rel, ul, video } from './blocks.js';

/** Deutsche Ausgabe, Teil 2: Nahost, Wirtschaft, Migration, Verifikation, Sport, Bahn. */
export const articlesDe2: DemoArticle[] = [
  {
    key: 'de-dar-hilal-entsalzung',
    edition: 'de',
    sectionPath: 'world/middle-east',
    topicSlugs: ['klimakrise'],
    kicker: 'Wasser',
    headline: 'Solarbetriebene Entsalzungsanlage: In Dar Hilal fließt täglich Trinkwasser',
    teaser:
      'Zum ersten Mal seit Jahrzehnten kommt in der Küstenstadt jeden Tag Wasser aus der Leitung. Offen ist, was mit der Salzlake geschieht.',
    body: [
      p(
        'In Dar Hilal, einer Fischerstadt mit 60.000 Einwohnern, kommt seit vergangener Woche jeden Tag Wasser aus dem Hahn. Möglich macht das eine ',
        b('solarbetriebene Meerwasserentsalzungsanlage'),
        ' am Stadtrand. Bislang wurden die meisten Haushalte nur zweimal pro Woche aus dem öffentlichen Netz versorgt und kauften den Rest bei Tankwagen.',
      ),
      p(
        'Die Anlage presst Meerwasser durch Membranen und erzeugt so täglich 25.000 Kubikmeter Süßwasser. Der Strom stammt aus einem Solarfeld auf den Hügeln hinter der Stadt; für die Abendstunden gibt es Batteriespeicher.',
      ),
      img('membrane-hall', 'Membranröhren in der Haupthalle der Anlage (Illustration)', 'Illustration: blasstürkise Säulen unter einem dreieckigen Dach auf türkisem Grund'),
      h('Billiger als der Tankwagen'),
      p(
        'Für viele Familien geht es vor allem ums Geld. Umm Khaled, die am Hafen eine Bäckerei betreibt, hat nach eigenen Angaben fast ein Fünftel ihres Einkommens für Wasser aus dem Tankwagen ausgegeben. „Jetzt zahle ich weniger als ein Viertel davon, und das Wasser ist sauberer“, sagt sie.',
      ),
      h('Wohin mit der Sole?'),
      p(
        'Umweltgruppen begrüßen den Solarstrom, sorgen sich aber um die Sole, das salzige Nebenprodukt der Entsalzung. Sie wird über eine Leitung 800 Meter vor der Küste ins Meer zurückgepumpt. Der Betreiber verweist auf Sensoren, die den Salzgehalt rund um den Auslass messen, und betont, die Lake werde vor der Einleitung verdünnt.',
      ),
      q(
        'Wir veröffentlichen die Messwerte jeden Monat. Wenn das Seegras am Auslass leidet, sehen wir das – und alle anderen auch.',
        'Rania Zaher, Leiterin der Anlage',
      ),
      rel('de-kivane-solar'),
    ],
    leadImageKey: 'dar-hilal-desal',
    leadImageCaption: 'Die Küste bei Dar Hilal, wo die Anlage Meerwasser ansaugt (Illustration)',
    leadImageAlt: 'Illustration: türkise und dunkelblaue Wellen unter dunklem Himmel mit goldener Sonne',
    authors: ['ah'],
    agencies: ['AFP'],
    translationKey: 'dar-hilal-desal',
    hoursAgo: 53,
    updatedAfterHours: 4,
  },
  {
    key: 'de-corvant-chipfabrik',
    edition: 'de',
    sectionPath: 'business',
    topicSlugs: ['kuenstliche-intelligenz'],
    kicker: 'Halbleiter',
    headline: 'Corvant baut Chipfabrik für vier Milliarden Euro vor den Toren Lindwerders',
    teaser:
      'Ab 2029 sollen dort Chips für KI-Rechenzentren entstehen. Die Opposition hält 1,3 Milliarden Euro Fördergeld für zu viel.',
    body: [
      p(
        'Der Halbleiterhersteller Corvant Systems baut auf einem ehemaligen Militärflugplatz bei Lindwerder eine ',
        b('Chipfabrik für vier Milliarden Euro'),
        '. Rund 2400 Menschen sollen dort arbeiten, die Produktion soll 2029 anlaufen, wie das Unternehmen am Montag mitteilte.',
      ),
      p(
        'Corvant entwickelt und fertigt spezialisierte Prozessoren. In Lindwerder will das mittelgroße Unternehmen Chips für Rechenzentren herstellen, in denen Modelle der künstlichen Intelligenz trainiert und betrieben werden.',
      ),
      img('lindwerder-skyline', 'Lindwerder an der Werde hat rund 300.000 Einwohner (Illustration)', 'Illustration: schiefergraue Stadtsilhouette mit erleuchteten Fenstern unter grauviolettem Abendhimmel'),
      h('Streit um die Subventionen'),
      p(
        'Bund und Land wollen zusammen etwa 1,3 Milliarden Euro beisteuern. Kritiker im Landtag halten dagegen, das Geld schaffe mehr Arbeitsplätze, wenn es an kleine und mittlere Betriebe ginge. „Das sind mehr als eine halbe Million Euro pro Arbeitsplatz“, rechnete der wirtschaftspolitische Sprecher der Opposition vor.',
      ),
      p(
        'Oberbürgermeisterin Sabine Oertel verteidigte die Ansiedlung: Die Region habe in den vergangenen zehn Jahren mehr als 10.000 Industriearbeitsplätze verloren. „Wir kaufen keine Fabrik. Wir kaufen Zulieferer, Ausbildungsplätze und einen Grund für Ingenieurinnen und Ingenieure, hierzubleiben.“',
      ),
      h('Wasser und Strom'),
      p(
        'Chipfabriken brauchen viel Wasser und Energie. Corvant will 80 Prozent des Prozesswassers wiederaufbereiten und hat langfristige Lieferverträge mit Windparks an der Küste geschlossen. Umweltverbände kündigten an, die ',
        a('Planungsunterlagen', 'https://example.org/lindwerder/corvant-planung'),
        ' genau zu prüfen.',
      ),
    ],
    leadImageKey: 'lindwerder-fab',
    leadImageCaption: 'Corvant will auf einem früheren Flugplatz in Lindwerder Chips fertigen (Illustration)',
    leadImageAlt: 'Illustration: violettes Raster aus Rechtecken in Perspektive auf fast schwarzem Grund',
    authors: ['jbk'],
    agencies: ['dpa', 'Reuters'],
    translationKey: 'corvant-chip-plant',
    hoursAgo: 96,
  },
  {
    key: 'de-familiennachzug',
    edition: 'de',
    sectionPath: 'world/europe',
    topicSlugs: ['migration'],
    kicker: 'Asyl',
    headline: 'EU-Innenminister wollen den Familiennachzug für Geflüchtete beschleunigen',
    teaser:
      'Sechs Mitgliedstaaten testen ab Januar ein gemeinsames Online-Verfahren. Hilfsorganisationen begrüßen das, kritisieren aber, dass es für Familien, die schon lange warten, nichts ändert.',
    body: [
      p(
        'Die Innenministerinnen und Innenminister der EU haben sich darauf verständigt, ein gemeinsames Online-Verfahren für den ',
        b('Familiennachzug'),
        ' anerkannter Flüchtlinge zu erproben. So sollen Wartezeiten von oft mehr als zwei Jahren sinken. Sechs Mitgliedstaaten beteiligen sich ab Januar an dem Pilotprojekt.',
      ),
      p(
        'Angehörige im Ausland sollen Unterlagen künftig über ein einziges Portal einreichen und Termine in den Konsulaten aller teilnehmenden Staaten buchen können – nicht mehr nur bei der Botschaft des Landes, in dem ihr Familienmitglied lebt. Die Europäische Kommission finanziert das Portal drei Jahre lang.',
      ),
      h('Das Nadelöhr ist der Termin'),
      p(
        'Das größte Hindernis sei oft nicht die Entscheidung selbst, sondern überhaupt einen Termin zu bekommen, heißt es aus Behördenkreisen. In manchen Konsulaten wartet man auf ein erstes Gespräch länger als ein Jahr.',
      ),
      q(
        'Meine Frau und meine Töchter warten seit neunzehn Monaten auf einen Termin, um Unterlagen abzugeben, die längst vollständig sind. Ein Portal holt sie nicht hierher. Aber vielleicht läuft die Uhr dann nicht mehr umsonst.',
        'Yonas, Geflüchteter aus Kessendorf',
      ),
      p(
        'Hilfsorganisationen begrüßten den Plan, bemängelten aber, dass er nur für neue Anträge gilt. Die Ministerinnen und Minister wollen den Versuch ',
        a('nach 18 Monaten auswerten', 'https://example.org/eu/familiennachzug-pilot'),
        ' und dann über eine Ausweitung auf alle Mitgliedstaaten entscheiden.',
      ),
    ],
    leadImageKey: 'family-reunion',
    leadImageCaption: 'Das Pilotprojekt soll Familien lange Wartezeiten ersparen (Illustration)',
    leadImageAlt: 'Illustration: warme orange Kreise verschiedener Größe auf dunkeltürkisem Grund',
    authors: ['es'],
    agencies: ['AFP', 'AP'],
    translationKey: 'family-reunification',
    hoursAgo: 121,
  },
  {
    key: 'de-kessendorf-pflege',
    edition: 'de',
    sectionPath: 'business',
    topicSlugs: ['migration'],
    kicker: 'Pflege',
    headline: 'Pflegenotstand in Kessendorf: Jede vierte Pflegekraft kommt aus dem Ausland',
    teaser:
      'Das Pflegeheim Haus am Lindenhang hat in zwei Jahren 34 Fachkräfte aus Nicht-EU-Staaten eingestellt. Die größte Hürde ist die Anerkennung ihrer Abschlüsse.',
    body: [
      p(
        'Im Pflegeheim ',
        i('Haus am Lindenhang'),
        ' in Kessendorf stammt inzwischen jede vierte Pflegekraft aus dem Ausland. Der größte Arbeitgeber der 9000-Einwohner-Stadt hat in den vergangenen zwei Jahren ',
        b('34 Pflegefachkräfte'),
        ' aus Staaten außerhalb der EU angeworben.',
      ),
      p(
        'Ohne sie hätte ein ganzer Wohnbereich schließen müssen, sagt die Heimleitung. Nach Angaben des regionalen Wohlfahrtsverbands melden rund 200 Pflegeheime in der Region offene Stellen.',
      ),
      h('Anderthalb Jahre Papierkram'),
      p(
        'Die Pflegekräfte sind in ihren Heimatländern ausgebildet, müssen ihre Abschlüsse aber anerkennen lassen, bevor sie als Fachkräfte arbeiten dürfen. Das dauerte im Schnitt 18 Monate – in dieser Zeit arbeiteten viele als schlechter bezahlte Hilfskräfte.',
      ),
      q(
        'Ich war sieben Jahre lang Stationsschwester. Hier habe ich im ersten Jahr Betten gemacht und für jedes Formular ein neues Wort gelernt.',
        'Maricel Santos, Pflegefachkraft im Haus am Lindenhang',
      ),
      h('Die Stadt hilft mit'),
      p(
        'Kessendorf hat ein Willkommensbüro eingerichtet, das bei der Wohnungssuche, bei Sprachkursen und Schulplätzen hilft. Bürgermeister Ulrich Fahrner weiß, dass seine Stadt mit den Großstädten konkurriert: „Nachtleben können wir nicht bieten. Aber einen Kitaplatz innerhalb einer Woche.“',
      ),
    ],
    leadImageKey: 'kessendorf-care',
    leadImageCaption: 'Kessendorf: eine kleine Stadt mit einem großen Pflegeheim (Illustration)',
    leadImageAlt: 'Illustration: malvenfarbene Häuser mit erleuchteten Fenstern unter rosa Himmel und pfirsichfarbener Sonne',
    authors: ['jbk', 'es'],
    agencies: ['dpa'],
    translationKey: 'kessendorf-nurses',
    hoursAgo: 682,
    updatedAfterHours: 48,
  },
  {
    key: 'de-faktencheck-ki-bilder',
    edition: 'de',
    sectionPath: 'world',
    topicSlugs: ['kuenstliche-intelligenz', 'wahlen-2026'],
    kicker: 'Erklärstück',
    headline: 'So entlarven Faktenchecker KI-generierte Bilder vor einer Wahl',
    teaser:
      'Kein Programm erkennt Fälschungen zuverlässig. Verifikationsteams verbinden klassische Recherche mit ein paar Prüfschritten, die jeder nachmachen kann.',
    body: [
      p(
        'In einem Wahljahr verbreiten sich Bilder schneller als Richtigstellungen. Ein täuschend echtes Foto eines Kandidaten am falschen Ort oder einer Menschenmenge, die es nie gab, kann Millionen erreichen, bevor es jemand geprüft hat. Die meisten Fälschungen fliegen trotzdem mit ',
        b('wenigen Routineschritten'),
        ' auf.',
      ),
      h('Sechs Fragen an jedes Bild'),
      ol(
        [b('Wo ist es zuerst aufgetaucht? '), 'Nach älteren Kopien suchen. Ein Bild, das Stunden vor einer Wahl auf einem brandneuen Konto erscheint, verdient besondere Vorsicht.'],
        [b('Wer ist die Quelle? '), 'Lässt sich die Person erreichen, die es aufgenommen hat – und war sie wirklich vor Ort?'],
        [b('Passt der Ort? '), 'Gebäude, Schilder und Landschaft mit Karten und älteren Fotos vergleichen.'],
        [b('Passt die Zeit? '), 'Wetter, Schatten und Tageslicht müssen zum angegebenen Datum passen.'],
        [b('Halten die Details stand? '), 'Hände, Schriftzüge, Ohren, Schmuck und Spiegelungen ansehen – hier machen Bildgeneratoren noch Fehler.'],
        [b('Wer berichtet noch? '), 'Ein echtes Ereignis hinterlässt selten nur ein einziges Bild.'],
      ),
      h('Warum Detektoren nicht reichen'),
      p(
        'Automatische Erkennungsprogramme können helfen, lassen sich aber leicht täuschen und schlagen oft falschen Alarm. „Ein Detektor liefert eine Wahrscheinlichkeit, keine Antwort“, sagt Lucía Ferreira, die unser Verifikationsteam leitet. „Der stärkste Beleg ist immer noch ein Mensch, der dabei war.“',
      ),
      video('Video: Ein virales Bild in drei Minuten prüfen', 'https://example.org/video/verifikation-in-drei-minuten'),
      p(
        'Wer bei einem Bild unsicher ist, sollte es ',
        i('nicht teilen'),
        '. Hinweise nimmt unser Verifikationsteam unter ',
        a('example.org/tipps', 'https://example.org/tipps'),
        ' entgegen.',
      ),
    ],
    leadImageKey: 'fact-check',
    leadImageCaption: 'Jede Prüfung beginnt mit der Frage, wo ein Bild zuerst auftauchte (Illustration)',
    leadImageAlt: 'Illustration: rosa und gelbe Punkte, durch Linien verbunden, auf schwarzem Grund',
    authors: ['lf'],
    agencies: [],
    translationKey: 'fact-check-explainer',
    hoursAgo: 162,
    updatedAfterHours: 30,
  },
  {
    key: 'de-handball-lindwerder',
    edition: 'de',
    sectionPath: 'sports',
    topicSlugs: [],
    kicker: 'Handball',
    headline: 'Nach 14 Jahren zurück in der ersten Liga: Lindwerders Handballer feiern',
    teaser:
      'Mit einem 31:27 gegen den Tabellenzweiten machte die HSG Lindwerder den Aufstieg perfekt. In der ausverkauften Werdehalle flossen Tränen.',
    body: [
      p(
        'Die Handballer der HSG Lindwerder spielen in der kommenden Saison wieder erstklassig. Mit einem ',
        b('31:27-Sieg'),
        ' gegen den Tabellenzweiten aus Oberhaven sicherte sich die Mannschaft am Samstagabend zwei Spieltage vor Schluss den Aufstieg – 14 Jahre nach dem bitteren Abstieg von 2012.',
      ),
      p(
        'In der mit 3200 Zuschauern ausverkauften Werdehalle lag Lindwerder zur Pause noch mit zwei Toren zurück. Nach dem Seitenwechsel drehte vor allem Rückraumspieler Mats Hollweg auf, der neun seiner elf Treffer in der zweiten Hälfte erzielte.',
      ),
      h('Ein Verein im Umbruch'),
      p(
        'Der Aufstieg ist auch ein Erfolg der Nachwuchsarbeit: Sieben Spieler im Kader stammen aus der eigenen Jugend. Vor fünf Jahren stand der Verein noch kurz vor der Insolvenz, ehe ein Bündnis aus Sponsoren und Stadtwerken einsprang.',
      ),
      q(
        'Viele von uns haben hier als Kinder auf der Tribüne gesessen. Heute stehen wir unten, und die Halle singt für uns – das vergisst keiner.',
        'Kapitän Jannik Oberdörfer',
      ),
      h('Die Halle wird zu klein'),
      p(
        'Für die erste Liga muss der Verein nun nachbessern: Die Werdehalle erfüllt die Vorgaben für Zuschauerzahl und Medienplätze nur mit einer Ausnahmegenehmigung. Die Stadt prüft einen Umbau, Geschäftsführerin Silke Rautenberg hofft auf eine Entscheidung ',
        i('noch vor der Sommerpause'),
        '.',
      ),
    ],
    leadImageKey: 'handball-hall',
    leadImageCaption: 'Die Halle in Lindwerder war mit 3.200 Zuschauern ausverkauft (Illustration)',
    leadImageAlt: 'Illustration: bernsteinfarbenes Kachelraster in Perspektive auf dunkelrotem Grund',
    authors: ['jbk'],
    agencies: ['dpa'],
    hoursAgo: 26,
  },
  {
    key: 'de-nachtzug-miradel',
    edition: 'de',
    sectionPath: 'world/europe',
    topicSlugs: ['klimakrise'],
    kicker: 'Bahn',
    headline: 'Neuer Nachtzug verbindet Lindwerder und Miradel ab Dezember dreimal pro Woche',
    teaser:
      'Die Strecke über die Alpen war seit 2009 eingestellt. Jetzt wagt eine kleine Bahngenossenschaft den Neustart – mit Schlafwagen aus zweiter Hand.',
    body: [
      p(
        'Von Lindwerder im Schlaf ans Mittelmeer: Ab dem Fahrplanwechsel im Dezember verkehrt wieder ein ',
        b('Nachtzug zwischen Lindwerder und Miradel'),
        '. Die Verbindung über die Alpen soll zunächst dreimal pro Woche fahren, im Sommer täglich. Die Fahrt dauert gut zwölf Stunden.',
      ),
      p(
        'Betreiberin ist die Genossenschaft Nordlicht Bahn, die bisher vor allem Sonderfahrten organisiert hat. Die Schlaf- und Liegewagen hat sie einer anderen Bahngesellschaft abgekauft und in einem Werk in Kessendorf modernisieren lassen.',
      ),
      h('Was die Fahrt kostet'),
      ul(
        [b('Sitzwagen: '), 'ab 39 Euro'],
        [b('Liegewagen: '), 'ab 69 Euro im Sechserabteil'],
        [b('Schlafwagen: '), 'ab 129 Euro pro Person im Zweierabteil, inklusive Frühstück'],
      ),
      p(
        'Zielgruppe sind vor allem Reisende, die aus Klimagründen aufs Flugzeug verzichten wollen. Ein Flug auf der Strecke verursacht nach Berechnungen der Genossenschaft etwa zehnmal so viel CO₂ wie die Fahrt im Nachtzug.',
      ),
      q(
        'Wir müssen nicht schneller sein als das Flugzeug. Wir müssen nur dafür sorgen, dass man ausgeschlafen ankommt.',
        'Britta Sandvoß, Vorstand der Nordlicht Bahn',
      ),
      p(
        'Ganz ohne öffentliches Geld geht es nicht: Für die Trassengebühren der ersten drei Jahre gibt es einen Zuschuss aus einem europäischen Förderprogramm. ',
        a('Tickets', 'https://example.org/bahn/nachtzug-miradel'),
        ' sind ab dem 1. Oktober buchbar.',
      ),
    ],
    leadImageKey: 'night-train',
    leadImageCaption: 'Der neue Nachtzug quert die Alpen zwischen Lindwerder und Miradel (Illustration)',
    leadImageAlt: 'Illustration: dunkelviolette Bergketten bei Nacht unter violettem Himmel mit gelbem Mond',
    authors: ['il'],
    agencies: ['dpa', 'AFP'],
    hoursAgo: 150,
  },
];
