import type { DemoArticle } from '../demo-types.js';
import { a, b, h, i, img, ol, p, q, rel, video } from './blocks.js';

/** English edition, part 2: Europe, verification, fisheries, Sanara. */
export const articlesEn2: DemoArticle[] = [
  {
    key: 'en-family-reunification',
    edition: 'en',
    sectionPath: 'world/europe',
    topicSlugs: ['migration'],
    kicker: 'Asylum',
    headline: 'EU ministers back a pilot scheme to speed up family reunification for refugees',
    teaser:
      'Six member states will test a joint online procedure. Aid groups welcome the plan but say it does little for families who have already waited for years.',
    body: [
      p(
        'Interior ministers of the European Union have agreed to test a shared online procedure for ',
        b('family reunification'),
        ' of recognised refugees, aiming to cut waiting times that currently often exceed two years. Six member states will take part in the pilot from January.',
      ),
      p(
        'Under the scheme, relatives abroad will be able to submit documents through a single portal and book appointments at any participating country’s consulate, rather than only at the embassy of the state where their family member lives. The European Commission will fund the portal for three years.',
      ),
      h('Waiting for an appointment'),
      p(
        'The biggest obstacle today is often not the decision itself but getting an appointment, officials say. At some consulates, the waiting list for a first interview is longer than a year.',
      ),
      q(
        'My wife and daughters have waited nineteen months for a date to hand in papers that are already complete. A portal will not bring them here, but it might stop the clock running for nothing.',
        'Yonas, a refugee living in Kessendorf',
      ),
      p(
        'Aid organisations welcomed the plan but criticised the fact that it applies only to new applications. The ministers said they would ',
        a('review the pilot', 'https://example.org/eu/family-reunification-pilot'),
        ' after 18 months and then decide whether to extend it to all member states.',
      ),
    ],
    leadImageKey: 'family-reunion',
    authors: ['es'],
    agencies: ['AFP', 'AP'],
    translationKey: 'family-reunification',
    hoursAgo: 120,
  },
  {
    key: 'en-estmark-deepfakes',
    edition: 'en',
    sectionPath: 'world/europe',
    topicSlugs: ['elections-2026', 'artificial-intelligence'],
    kicker: 'Campaign',
    headline: 'Deepfake videos prompt Estmark’s election authority to demand labels',
    teaser:
      'Two synthetic clips of party leaders circulated within a day of the election being called. The authority wants every AI-generated campaign item labelled.',
    body: [
      p(
        'Estmark’s electoral commission has asked all parties to ',
        b('label any campaign material made with artificial intelligence'),
        ', after two fabricated videos of party leaders spread on social media within 24 hours of the snap election being called.',
      ),
      p(
        'One clip appeared to show Prime Minister Liis Varendt announcing a pension freeze; the other showed the opposition leader mocking farmers. Both were shared tens of thousands of times before platforms added warnings.',
      ),
      img('estmark-ballots', 'Estmark votes on 14 June; the campaign has barely begun (illustration)'),
      h('Voluntary for now'),
      p(
        'The commission has no power to enforce labels during this campaign; a law that would make them mandatory is still in committee. But its chair, Maarja Kivistik, said she would publish the names of parties that refuse to sign a ',
        i('code of conduct'),
        ' by the end of the week.',
      ),
      q(
        'We cannot check every video. We can make sure that honest campaigns are easy to recognise.',
        'Maarja Kivistik, chair of the electoral commission',
      ),
      p(
        'Verification experts advise voters to be sceptical of clips that appear without a source and to look for the original upload. Our own guide explains ',
        a('how to check a suspicious video', 'https://example.org/verification/guide'),
        '.',
      ),
      rel('en-fact-check-explainer'),
    ],
    leadImageKey: 'deepfake-ads',
    authors: ['lf', 'tw'],
    agencies: [],
    hoursAgo: 1,
  },
  {
    key: 'en-fact-check-explainer',
    edition: 'en',
    sectionPath: 'world',
    topicSlugs: ['artificial-intelligence', 'elections-2026'],
    kicker: 'Explainer',
    headline: 'How fact-checkers spot AI-generated images before an election, step by step',
    teaser:
      'No single tool reveals a fake. Verification editors combine old-fashioned reporting with a few checks that anyone can do.',
    body: [
      p(
        'In an election year, pictures travel faster than corrections. A convincing image of a candidate in the wrong place, or of a crowd that never gathered, can reach millions before anyone has checked it. Yet most fakes are caught with ',
        b('a handful of routine steps'),
        '.',
      ),
      h('Six questions to ask'),
      ol(
        [b('Where did it first appear? '), 'Search for earlier copies. An image that surfaces on a brand-new account hours before a vote deserves extra scrutiny.'],
        [b('Who is the source? '), 'Can you reach the person who took it, and were they really there?'],
        [b('Does the place match? '), 'Compare buildings, signs and landscape with maps and older photos.'],
        [b('Does the time match? '), 'Weather, shadows and daylight should fit the date that is claimed.'],
        [b('Do the details hold up? '), 'Look at hands, lettering, ears, jewellery and reflections, where generators still make mistakes.'],
        [b('Who else reports it? '), 'A real event rarely leaves only a single picture behind.'],
      ),
      h('Why detectors are not enough'),
      p(
        'Automatic detection tools can help, but they are easy to fool and raise false alarms. “A detector gives you a probability, not an answer,” says Lucía Ferreira, who leads our verification desk. “The strongest evidence is still a person who was there.”',
      ),
      video('Watch: Checking a viral image in under three minutes', 'https://example.org/video/verification-in-three-minutes'),
      p(
        'If you are unsure about an image, ',
        i('do not share it'),
        '. Our verification desk takes tips at ',
        a('example.org/tips', 'https://example.org/tips'),
        '.',
      ),
    ],
    leadImageKey: 'fact-check',
    authors: ['lf'],
    agencies: [],
    translationKey: 'fact-check-explainer',
    hoursAgo: 160,
    updatedAfterHours: 30,
  },
  {
    key: 'en-fish-stocks-talks',
    edition: 'en',
    sectionPath: 'world',
    topicSlugs: ['food-security'],
    kicker: 'Fisheries',
    headline: 'Talks in Varnholm end with a deal to share data on dwindling fish stocks',
    teaser:
      'Ministers from 31 countries failed to agree on catch limits. They did agree to pool their scientific data, which observers call a start.',
    body: [
      p(
        'A conference on shared fish stocks ended in Varnholm on Saturday with an agreement to ',
        b('pool scientific data'),
        ', but without the binding catch limits that several coastal states had hoped for. Ministers and officials from 31 countries had negotiated for five days.',
      ),
      p(
        'At the centre of the talks were species that migrate across national waters, such as mackerel and herring, whose stocks have shifted north as the sea warms. Countries that suddenly find the fish in their waters have been reluctant to accept quotas set when the fish were elsewhere.',
      ),
      img('varnholm-harbour'),
      h('Data first, quotas later'),
      p(
        'Under the agreement, national research institutes will share survey data in a common format and publish a joint assessment every year. Negotiators hope that a shared picture of where the fish are will make the next round of quota talks easier.',
      ),
      q(
        'For twenty years, every country has come to these talks with its own numbers. From next year, at least, we will argue about the same numbers.',
        'Signe Haraldsen, head of Estmark’s fisheries agency',
      ),
      p(
        'Environmental groups called the outcome disappointing, pointing out that scientists have recommended cutting catches of several species by a quarter.',
      ),
    ],
    leadImageKey: 'fish-stocks',
    authors: ['il', 'tw'],
    agencies: ['AP'],
    hoursAgo: 210,
  },
  {
    key: 'en-sanara-cocoa',
    edition: 'en',
    sectionPath: 'business',
    topicSlugs: ['food-security'],
    kicker: 'Commodities',
    headline: 'Cocoa farmers in Sanara form a cooperative to sell directly to chocolate makers',
    teaser:
      'More than 6,000 smallholders have joined. They hope to keep a larger share of record prices that have so far gone mostly to traders.',
    body: [
      p(
        'More than ',
        b('6,000 cocoa farmers'),
        ' in southern Sanara have founded a cooperative to sell their beans directly to chocolate manufacturers, bypassing the intermediaries who have bought most of the country’s harvest for decades.',
      ),
      p(
        'Cocoa prices on world markets have been high for two years because of poor harvests elsewhere, but farmers say little of that has reached them. In the hill district of Obenase, traders paid on average 40 percent of the export price last season.',
      ),
      img('cooperative-warehouse'),
      h('Own warehouses, own scales'),
      p(
        'The cooperative has rented three warehouses and bought certified scales so that farmers can check the weight of their sacks. A chocolate maker has agreed to buy 2,000 tonnes in the first year at a price linked to the world market.',
      ),
      q(
        'Before, the trader weighed the sacks, the trader set the price and the trader decided when to pay. Now at least the scale belongs to us.',
        'Abena Ofori, cocoa farmer and member of the cooperative’s board',
      ),
      h('Traders push back'),
      p(
        'Intermediaries argue that they lend money to farmers before the harvest, something the cooperative cannot yet offer. Its board says it is in talks with a development bank about a fund for pre-harvest loans.',
      ),
    ],
    leadImageKey: 'cocoa-cooperative',
    authors: ['kab'],
    agencies: ['Reuters', 'AFP'],
    translationKey: 'sanara-cocoa',
    hoursAgo: 140,
  },
  {
    key: 'en-womens-final',
    edition: 'en',
    sectionPath: 'sports',
    topicSlugs: [],
    kicker: 'Football',
    headline: 'Sanara’s women reach their first continental final after a penalty shoot-out',
    teaser:
      'Goalkeeper Esi Boadu saved two penalties as the Coastal Eagles beat the defending champions. The final is on Sunday.',
    body: [
      p(
        'Sanara’s women’s national team has reached the final of the continental championship for the first time, beating the defending champions ',
        b('4–3 on penalties'),
        ' after a 1–1 draw in the semi-final in Kalemba on Wednesday evening.',
      ),
      p(
        'Goalkeeper Esi Boadu saved the first and the last penalty of the shoot-out, sending 38,000 spectators in the national stadium into celebrations that continued in the streets until the early morning.',
      ),
      h('A late equaliser'),
      p(
        'Sanara had fallen behind shortly before half-time and seemed to be heading out until substitute Akosua Fenyi headed in a corner in the 87th minute. It was the 19-year-old’s first goal for her country.',
      ),
      video('Watch: The penalty shoot-out in full', 'https://example.org/video/sanara-shootout'),
      q('I told the players before the shoot-out: we have nothing to lose and a whole country to win.', 'Coach Mariam Tetteh'),
      p(
        'Sanara will face the winner of Thursday’s second semi-final on Sunday. Tickets for the final sold out within two hours.',
      ),
    ],
    leadImageKey: 'womens-final',
    authors: ['kab'],
    agencies: ['AP'],
    translationKey: 'womens-final',
    hoursAgo: 14,
    updatedAfterHours: 1,
  },
  {
    key: 'en-dandara-migrants',
    edition: 'en',
    sectionPath: 'world/africa',
    topicSlugs: ['migration'],
    kicker: 'Reportage',
    headline: 'On the road north, a bus station in Dandara becomes a lifeline for migrants',
    teaser:
      'Every week, hundreds of people pass through the Sahel town on their way north. A volunteer clinic at the station has become a place to rest, charge a phone and think again.',
    body: [
      p(
        'By seven in the morning, the bus station in Dandara is already full. Traders sell bread and phone credit, drivers shout destinations, and in a corner behind the ticket office, ',
        b('a small clinic run by volunteers'),
        ' opens its doors.',
      ),
      p(
        'The town on the edge of the Sahel has long been a crossroads for traders. Over the past three years it has also become a stop for people heading north in search of work, many of them young men from rural areas hit by repeated droughts.',
      ),
      h('A place to pause'),
      p(
        'The clinic treats blisters, dehydration and malaria, but volunteers say their most important service is information. Posters in four languages explain the risks of the desert crossing and the options for legal work abroad, and a counsellor helps people get in touch with their families.',
      ),
      q(
        'Some people arrive sure of everything. After two nights here, a few decide to go home, and nobody judges them for it.',
        'Mariama Sow, volunteer nurse',
      ),
      p(
        'The clinic is funded by donations and a small grant from the regional health authority that runs out at the end of the year. Its coordinators have ',
        a('launched an appeal', 'https://example.org/dandara/clinic'),
        ' to keep it open.',
      ),
    ],
    leadImageKey: 'dandara-station',
    authors: ['nek'],
    agencies: ['AFP'],
    translationKey: 'dandara-migrants',
    hoursAgo: 260,
  },
];
