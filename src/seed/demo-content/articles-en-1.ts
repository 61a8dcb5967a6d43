import type { DemoArticle } from '../demo-types.js';
import { a, b, h, i, img, p, q, rel } from './blocks.js';

/** English edition, part 1: politics, Africa, science and climate. */
export const articlesEn1: DemoArticle[] = [
  {
    key: 'en-estmark-election',
    edition: 'en',
    sectionPath: 'world/europe',
    topicSlugs: ['elections-2026'],
    kicker: 'Estmark',
    headline: 'Estmark heads for a snap election after coalition collapses over energy prices',
    teaser:
      'Prime Minister Liis Varendt lost her majority when the Green Farmers’ League walked out. Voters return to the polls on 14 June, two years early.',
    body: [
      p(
        'Estmark will hold an early parliamentary election on ',
        b('14 June'),
        ' after the three-party coalition of Prime Minister Liis Varendt fell apart on Tuesday night. The smallest partner, the Green Farmers’ League, left the government in a dispute over a planned levy on heating oil that its rural voters said would hit them hardest.',
      ),
      p(
        'Varendt, who has led the country of 2.1 million people since 2023, told reporters in Varnholm that she would not try to govern as a minority. “A budget of this size needs a clear mandate, and I would rather ask voters for one than bargain for it every Thursday,” she said.',
      ),
      h('A campaign shaped by energy bills'),
      p(
        'Heating costs have dominated politics in Estmark since the winter, when prices for households rose by almost a third. The government had promised to cushion the increase with a one-off payment, but wanted to finance it partly through the levy, which the Green Farmers called ',
        i('“a tax on distance”'),
        '.',
      ),
      q(
        'People in the north drive forty kilometres to see a doctor and heat old wooden houses. They were asked to pay for a crisis they did not cause.',
        'Aune Reesk, leader of the Green Farmers’ League',
      ),
      p(
        'Polls published this month suggest that no party will come close to a majority. The opposition Civic Alliance leads with around 27 percent, narrowly ahead of Varendt’s Social Democrats. The Green Farmers, who won 9 percent last time, are polling at 6 percent – possibly still enough to decide who governs.',
      ),
      h('What happens next'),
      p(
        'President Rein Toomsalu is expected to dissolve parliament formally on Friday; the constitution requires an election within 60 days. The electoral commission has published a ',
        a('timeline of the campaign', 'https://example.org/estmark/election-timeline'),
        ' and says postal voting will open in mid-May.',
      ),
      rel('en-estmark-deepfakes'),
    ],
    leadImageKey: 'estmark-parliament',
    authors: ['tw', 'es'],
    agencies: ['AFP', 'dpa'],
    translationKey: 'estmark-election',
    hoursAgo: 3,
    updatedAfterHours: 2,
  },
  {
    key: 'en-kivane-solar',
    edition: 'en',
    sectionPath: 'world/africa',
    topicSlugs: ['climate-crisis'],
    kicker: 'Energy',
    headline: 'Floating solar farm on Sanara’s Lake Kivane starts powering 200,000 homes',
    teaser:
      'The plant covers less than one percent of the lake. Engineers say it also slows evaporation – but fishing families want a say in what comes next.',
    body: [
      p(
        'Sanara’s government on Monday switched on a floating solar farm on Lake Kivane that officials say can supply ',
        b('around 200,000 homes'),
        ' with electricity during daylight hours. The 180-megawatt installation, made up of more than 300,000 panels anchored to the lake bed, is the largest of its kind in the region.',
      ),
      p(
        'Energy Minister Adwoa Kantanka called it “the first step of many” for a country that still imports a third of its electricity and where power cuts are part of daily life in the capital, Kalemba.',
      ),
      h('Less evaporation, cooler panels'),
      p(
        'Floating panels have two advantages over those on land, says engineer Efua Darko, who supervised the project for the state utility. The water keeps them cooler, which makes them more efficient, and they shade the surface, reducing the amount of water lost to evaporation in the dry season.',
      ),
      q(
        'On the hottest days, every panel works a little better because the lake cools it. And every litre that does not evaporate stays in the reservoir for the turbines downstream.',
        'Efua Darko, project engineer',
      ),
      img('kivane-shore'),
      h('Fishers ask for guarantees'),
      p(
        'Not everyone on the shore is convinced. Around 4,000 families fish on Lake Kivane, and the fenced-off area around the panels covers some of the shallow bays where tilapia spawn. A local association has asked the government to ',
        a('publish the environmental assessment', 'https://example.org/sanara/kivane-assessment'),
        ' in full before a second phase, which would double the plant’s capacity, is decided next year. The utility says it will monitor fish stocks for five years and has promised compensation if catches fall.',
      ),
      rel('en-sanara-cocoa'),
    ],
    leadImageKey: 'kivane-solar',
    authors: ['kab'],
    agencies: ['Reuters'],
    translationKey: 'kivane-solar',
    hoursAgo: 9,
  },
  {
    key: 'en-ai-radiology',
    edition: 'en',
    sectionPath: 'science',
    topicSlugs: ['artificial-intelligence'],
    kicker: 'Medicine',
    headline: 'AI triage cut waiting times for X-ray results, but missed some rare cases',
    teaser:
      'A year-long trial at six hospitals found that patients with urgent findings got their diagnosis much sooner. The software also overlooked a handful of unusual conditions that doctors caught.',
    body: [
      p(
        'Software that sorts chest X-rays by urgency cut the time patients waited for a diagnosis by ',
        b('more than half'),
        ' in a trial at six hospitals, according to results published on Wednesday. But the study also found that the program ranked a small number of rare conditions as routine – cases that radiologists later flagged on their own.',
      ),
      p(
        'The trial, led by the Northern Institute for Clinical Data in Lindwerder, ran for twelve months and covered about 94,000 scans. In half of the hospitals, an algorithm moved scans it considered suspicious to the top of the radiologists’ queue; in the others, doctors worked through images in the order they arrived.',
      ),
      h('Faster for the most urgent patients'),
      p(
        'For scans showing signs of a collapsed lung or pneumonia, the median time to a written report fell from 11 hours to under 5. “For those patients, that is the difference between going home with antibiotics the same day and spending a night in the corridor,” said the study’s lead author, radiologist Dr Henrike Olsberg.',
      ),
      h('The cases the machine missed'),
      p(
        'The researchers identified 23 scans that the software had placed low in the queue although they showed serious findings, most of them conditions that appear only a few times a year in a typical hospital. All were picked up by radiologists, though some a day later than they would otherwise have been.',
      ),
      q(
        'The tool is good at what it has seen often. It is not good at surprises, and medicine is full of surprises.',
        'Dr Henrike Olsberg, lead author of the study',
      ),
      p(
        'The authors recommend that hospitals using such tools keep ',
        i('a second, unsorted queue'),
        ' for a random sample of scans and report missed cases to the manufacturer. The full study is ',
        a('available online', 'https://example.org/research/xray-triage-trial'),
        '.',
      ),
    ],
    leadImageKey: 'ai-radiology',
    authors: ['wmd'],
    agencies: [],
    translationKey: 'ai-radiology',
    hoursAgo: 20,
    updatedAfterHours: 5,
  },
  {
    key: 'en-sellen-glacier',
    edition: 'en',
    sectionPath: 'climate',
    topicSlugs: ['climate-crisis'],
    kicker: 'Alps',
    headline: 'Alpine glacier loses a fifth of its ice in just three summers, survey finds',
    teaser:
      'Measurements on the Sellen glacier show it melting far faster than models predicted. Villages below are already rethinking their water supply.',
    body: [
      p(
        'The Sellen glacier in the western Alps has lost ',
        b('about 21 percent of its volume'),
        ' since the summer of 2023, according to a survey presented on Thursday by the Alpine Ice Observatory. The researchers had expected a loss of roughly half that over the same period.',
      ),
      p(
        'Teams measured the ice with ground-penetrating radar and drones and compared the results with a detailed survey from three years earlier. The glacier’s tongue has retreated by 340 metres, and a rock ridge that lay buried under the ice for centuries now splits it in two.',
      ),
      h('Heat and too little snow'),
      p(
        'The main causes are the hot summers of recent years and thin winter snow cover, said glaciologist Mattia Crestani, who led the survey. Without a thick layer of fresh snow, the darker old ice is exposed earlier in the year and absorbs more sunlight.',
      ),
      q(
        'We used to talk about this glacier in terms of centuries. Now we plan our measurements as if it might be gone within twenty years.',
        'Mattia Crestani, Alpine Ice Observatory',
      ),
      img('meltwater-river'),
      h('Villages plan for dry summers'),
      p(
        'For the four villages in the valley below, the melting is a practical question. Meltwater feeds the streams that supply drinking water and irrigate meadows in late summer. The municipalities have started planning a shared reservoir and are ',
        a('asking residents for comments', 'https://example.org/alps/sellen-water-plan'),
        ' on where it should be built.',
      ),
      rel('en-miradel-roofs'),
    ],
    leadImageKey: 'sellen-glacier',
    authors: ['il'],
    agencies: ['dpa'],
    translationKey: 'sellen-glacier',
    hoursAgo: 30,
  },
  {
    key: 'en-masks-return',
    edition: 'en',
    sectionPath: 'culture',
    topicSlugs: [],
    kicker: 'Restitution',
    headline: 'Lindwerder museum returns nine bronze masks to Sanara after a decade of talks',
    teaser:
      'The masks were taken from a royal compound in 1897. They will go on display in a new gallery in Kalemba next spring.',
    body: [
      p(
        'The Lindwerder Museum of World Cultures has signed an agreement to return ',
        b('nine bronze masks'),
        ' to Sanara, ending more than ten years of negotiations. Colonial troops took the masks from the royal compound of Asokwa in 1897; the museum bought them from a private collector in the 1920s.',
      ),
      p(
        'At a ceremony on Friday, the museum’s director, Katharina Veil, handed the ownership documents to Sanara’s culture minister. The objects themselves will travel in the autumn, once a climate-controlled gallery in the capital, Kalemba, is finished.',
      ),
      h('“They were never ours to keep”'),
      q(
        'We have looked after these masks for a hundred years. But they were never ours to keep, and we should not have needed ten years to say so.',
        'Katharina Veil, director of the Lindwerder Museum of World Cultures',
      ),
      p(
        'Talks stalled several times, partly over whether the museum could keep replicas and partly because Sanara’s previous government wanted the masks shown at a site the museum considered unsafe for bronze. The agreement now allows both museums to ',
        i('exchange objects for temporary exhibitions'),
        ' for the next twenty years.',
      ),
      h('A royal family’s heritage'),
      p(
        'Descendants of the Asokwa royal family attended the ceremony. Nana Serwah Asokwa, a great-granddaughter of the last king, said the family would lend ceremonial clothing to the new gallery so that visitors can see the masks “in the company they were made for”.',
      ),
    ],
    leadImageKey: 'bronze-masks',
    authors: ['ofs', 'kab'],
    agencies: ['AFP'],
    translationKey: 'masks-return',
    hoursAgo: 46,
  },
  {
    key: 'en-saline-wheat',
    edition: 'en',
    sectionPath: 'science',
    topicSlugs: ['food-security', 'climate-crisis'],
    kicker: 'Agriculture',
    headline: 'Salt-tolerant wheat holds up in trials on flooded coastal farmland',
    teaser:
      'Three new varieties produced almost normal harvests on fields that had been flooded with seawater. Farmers hope they will buy time on eroding coasts.',
    body: [
      p(
        'Wheat varieties bred to tolerate salt have produced harvests close to those of ordinary wheat on farmland that had been flooded by seawater, researchers reported on Tuesday. The three-year trial ran on ',
        b('48 test plots'),
        ' along a low-lying coast where storm surges have repeatedly pushed salt water inland.',
      ),
      p(
        'On the saltiest plots, conventional wheat yielded less than half its usual harvest. The best of the new varieties, developed by a public research consortium, lost only about 12 percent.',
      ),
      h('A gene from a wild grass'),
      p(
        'The varieties carry a gene from a wild relative of wheat that helps the plant keep sodium out of its leaves. They were bred conventionally, without genetic engineering, so they can be registered and sold more quickly, said plant geneticist Dr Farida Oumarou, who coordinated the project.',
      ),
      img('saline-plots'),
      q(
        'Salt tolerance will not save a field that is under water every winter. But it can give farmers ten or fifteen more years to adapt, and that matters.',
        'Dr Farida Oumarou, plant geneticist',
      ),
      h('Seed available from next year'),
      p(
        'The consortium plans to license the seed to regional breeders at low cost. Farmers’ groups welcomed the results but warned that salt is only one of the problems on the coast: drainage and rising groundwater need attention too.',
      ),
    ],
    leadImageKey: 'saline-wheat',
    authors: ['wmd', 'il'],
    agencies: ['Reuters'],
    translationKey: 'saline-wheat',
    hoursAgo: 70,
  },
  {
    key: 'en-dar-hilal-desal',
    edition: 'en',
    sectionPath: 'world/middle-east',
    topicSlugs: ['climate-crisis'],
    kicker: 'Water',
    headline: 'Solar-powered desalination plant brings daily drinking water to Dar Hilal',
    teaser:
      'For the first time in decades, the coastal town’s taps run every day. The plant runs on sunlight – and on a brine problem nobody has fully solved.',
    body: [
      p(
        'Residents of Dar Hilal, a fishing town of 60,000 people, have had running water every day since last week, when a ',
        b('solar-powered desalination plant'),
        ' opened on the edge of town. Until now, most households received water from the public network only twice a week and bought the rest from tanker trucks.',
      ),
      p(
        'The plant produces 25,000 cubic metres of fresh water a day by pushing seawater through membranes. Its electricity comes from a solar field on the hills behind the town, with batteries covering the evening hours.',
      ),
      img('membrane-hall'),
      h('Cheaper than the trucks'),
      p(
        'For families, the change is above all a financial one. Umm Khaled, who runs a bakery near the harbour, said she used to spend almost a fifth of her income on trucked water. “Now I pay less than a quarter of that, and the water is cleaner,” she said.',
      ),
      h('The question of brine'),
      p(
        'Environmental groups welcome the switch to solar power but worry about the brine, the salty by-product of desalination, which is pumped back into the sea through a pipe 800 metres offshore. The operator says sensors monitor salinity around the outlet and that the brine is diluted before it is released.',
      ),
      q(
        'We will publish the measurements every month. If the seagrass near the outlet suffers, we will see it, and so will everyone else.',
        'Rania Zaher, director of the plant',
      ),
      rel('en-wadi-samar-inn'),
    ],
    leadImageKey: 'dar-hilal-desal',
    authors: ['ah'],
    agencies: ['AFP'],
    translationKey: 'dar-hilal-desal',
    hoursAgo: 52,
    updatedAfterHours: 4,
  },
  {
    key: 'en-corvant-chip-plant',
    edition: 'en',
    sectionPath: 'business',
    topicSlugs: ['artificial-intelligence'],
    kicker: 'Semiconductors',
    headline: 'Chipmaker Corvant picks Lindwerder for €4bn plant despite subsidy dispute',
    teaser:
      'The factory is to make chips for AI data centres from 2029. Opposition politicians question whether €1.3bn in state aid is money well spent.',
    body: [
      p(
        'The semiconductor company Corvant Systems will build a ',
        b('€4 billion chip factory'),
        ' on a former military airfield outside Lindwerder, the company announced on Monday. The plant is expected to employ around 2,400 people and to start production in 2029.',
      ),
      p(
        'Corvant, a mid-sized firm that designs and manufactures specialised processors, plans to make chips for the data centres that train and run artificial intelligence models.',
      ),
      img('lindwerder-skyline'),
      h('€1.3bn in subsidies'),
      p(
        'The federal and regional governments have agreed to contribute about €1.3 billion. Critics in the regional parliament argue that the money would create more jobs if it went to small and medium-sized businesses. “That is more than half a million euros per job,” said the opposition’s economic spokesperson.',
      ),
      p(
        'Lindwerder’s mayor, Sabine Oertel, defended the deal, pointing out that the region has lost more than 10,000 industrial jobs over the past decade. “We are not buying a factory. We are buying suppliers, apprenticeships and a reason for engineers to stay,” she said.',
      ),
      h('Water and power'),
      p(
        'Chip plants need large amounts of water and electricity. Corvant says it will recycle 80 percent of its process water and has signed a long-term contract for power from coastal wind farms. Environmental groups say they will examine the ',
        a('planning documents', 'https://example.org/lindwerder/corvant-planning'),
        ' closely.',
      ),
    ],
    leadImageKey: 'lindwerder-fab',
    authors: ['jbk'],
    agencies: ['dpa', 'Reuters'],
    translationKey: 'corvant-chip-plant',
    hoursAgo: 95,
  },
];
