import type { DemoArticle } from '../demo-types.js';
import { a, b, h, i, p, q, ul, video } from './blocks.js';

/** English edition, part 3: labour, culture, sport, heritage, cities, space, care. */
export const articlesEn3: DemoArticle[] = [
  {
    key: 'en-port-alder-strike',
    edition: 'en',
    sectionPath: 'business',
    topicSlugs: ['artificial-intelligence'],
    kicker: 'Labour',
    headline: 'Dockworkers in Port Alder strike over plans for remote-controlled cranes',
    teaser: 'The union fears that automation will cost up to 900 jobs. The port operator says no one will be dismissed.',
    body: [
      p(
        'Container traffic in Port Alder came to a halt on Monday as ',
        b('dockworkers began a 48-hour strike'),
        ' against the operator’s plans to replace crane drivers with remote-controlled and partly automated cranes.',
      ),
      p(
        'The operator wants to convert the terminal’s 22 gantry cranes over five years. Staff would then control several cranes at once from an office building, with software handling routine movements.',
      ),
      h('Jobs and safety'),
      p(
        'The dockworkers’ union says up to 900 jobs could disappear and that the software has not been tested in the port’s strong winds. It wants a guarantee that no employees will be laid off and a say in how the system is introduced.',
      ),
      q(
        'Nobody here is against new technology. We are against a plan that was made without the people who know what these cranes do in a storm.',
        'Dariusz Nowicki, union representative',
      ),
      p(
        'The operator said that no employee would lose their job because of automation and that crane drivers would be retrained as remote operators. Talks are due to resume on Thursday.',
      ),
    ],
    leadImageKey: 'port-alder-cranes',
    authors: ['jbk'],
    agencies: ['Reuters'],
    hoursAgo: 330,
  },
  {
    key: 'en-miradel-festival',
    edition: 'en',
    sectionPath: 'culture',
    topicSlugs: [],
    kicker: 'Film',
    headline: 'Debut about a fishing family wins the Golden Lantern at the Miradel festival',
    teaser:
      'Director Ama Serwaa Quaye shot her first feature with amateur actors from her home town. The jury called it “quiet and unforgettable”.',
    body: [
      p(
        'A first feature about three generations of a fishing family has won the ',
        b('Golden Lantern'),
        ', the top prize of the Miradel film festival. ',
        i('The Salt Season'),
        ' by director Ama Serwaa Quaye was shot in her coastal home town with amateur actors, most of them relatives and neighbours.',
      ),
      p(
        'The film follows a grandmother who refuses to sell the family boat as the catch shrinks and her grandson prepares to leave for the city. The jury called it “quiet and unforgettable” and singled out 74-year-old Efua Annan in the lead role.',
      ),
      h('Shot in 24 days'),
      p(
        'Quaye told the award ceremony that the film was shot in 24 days on a budget smaller than that of many advertising clips. “Half of the crew were fishermen in the morning and film technicians in the afternoon,” she said.',
      ),
      q(
        'I did not want to make a film about the sea. I wanted to make a film about people who have to decide whether to stay.',
        'Ama Serwaa Quaye, director',
      ),
      p(
        'The festival’s audience award went to a documentary about a choir of retired steelworkers. ',
        i('The Salt Season'),
        ' is expected in cinemas in the autumn.',
      ),
    ],
    leadImageKey: 'miradel-festival',
    authors: ['ofs'],
    agencies: ['AFP'],
    hoursAgo: 400,
  },
  {
    key: 'en-varnholm-marathon',
    edition: 'en',
    sectionPath: 'sports',
    topicSlugs: ['climate-crisis'],
    kicker: 'Athletics',
    headline: 'Varnholm marathon moves its start to dawn as a record field braves the heat',
    teaser: 'Organisers brought the race forward by two hours. It was still the warmest edition in its 41-year history.',
    body: [
      p(
        'A record ',
        b('41,000 runners'),
        ' started the Varnholm marathon on Sunday – two hours earlier than usual, at 6.30 a.m., after forecasters predicted temperatures of up to 31 degrees.',
      ),
      p(
        'The men’s race was won by local runner Kalle Mäerand in 2:11:08, the first home win in 17 years. Lotta Varik took the women’s race in 2:28:51 and said afterwards that the last ten kilometres had felt “like running through a bakery”.',
      ),
      h('Extra water and cooling buses'),
      p(
        'Organisers doubled the number of water stations and set up misting showers every three kilometres. Air-conditioned buses were parked along the second half of the course. Medical teams treated around 300 runners, 14 of whom were taken to hospital; none was seriously ill, the city said.',
      ),
      video('Watch: The final kilometre of the Varnholm marathon', 'https://example.org/video/varnholm-marathon-finish'),
      q('Ten years ago, an early start was an emergency plan. Now we plan for it every year.', 'Piret Lõhmus, race director'),
      p('The organisers are considering moving the race permanently to April. A decision is expected in the autumn.'),
    ],
    leadImageKey: 'varnholm-marathon',
    authors: ['tw'],
    agencies: ['dpa'],
    hoursAgo: 500,
  },
  {
    key: 'en-wadi-samar-inn',
    edition: 'en',
    sectionPath: 'world/middle-east',
    topicSlugs: [],
    kicker: 'Archaeology',
    headline: 'Archaeologists uncover a 2,000-year-old caravan inn near Wadi Samar',
    teaser:
      'The building had stables for dozens of camels and a room with painted walls. Coins found there come from at least five different mints.',
    body: [
      p(
        'Archaeologists have uncovered the remains of a ',
        b('caravan inn about 2,000 years old'),
        ' in the desert near Wadi Samar, on what was once a trade route between the coast and the interior.',
      ),
      p(
        'The building, about 60 metres long, had a central courtyard surrounded by stables, storerooms and small sleeping rooms. One room still shows traces of red and ochre wall paintings of vines and birds.',
      ),
      h('Coins from five mints'),
      p(
        'Among the finds are more than 200 coins from at least five different mints, as well as fragments of glass and pottery from across the region. “The coins tell us who passed through here – and that they could pay,” said the excavation leader, Dr Leila Mansour.',
      ),
      q(
        'Travellers slept here, fed their animals and exchanged news. In a way, it was the newsroom of its time.',
        'Dr Leila Mansour, excavation leader',
      ),
      p(
        'The site will be covered again at the end of the season to protect the paintings. A ',
        a('virtual tour', 'https://example.org/heritage/wadi-samar-inn'),
        ' is planned for next year.',
      ),
    ],
    leadImageKey: 'caravan-inn',
    authors: ['ofs', 'ah'],
    agencies: ['AFP'],
    hoursAgo: 600,
  },
  {
    key: 'en-miradel-roofs',
    edition: 'en',
    sectionPath: 'climate',
    topicSlugs: ['climate-crisis'],
    kicker: 'Urban heat',
    headline: 'Miradel paints its roofs white and plants shade trees to cope with hotter summers',
    teaser:
      'The southern port city wants to lower temperatures in its densest neighbourhoods by up to three degrees. Residents can apply for free paint.',
    body: [
      p(
        'The southern port city of Miradel has launched a programme to ',
        b('paint a third of its roofs white'),
        ' by 2030 and plant 12,000 trees in its densest neighbourhoods, in an effort to keep temperatures bearable during ever longer heatwaves.',
      ),
      p(
        'Light-coloured roofs reflect more sunlight, which keeps buildings cooler and reduces the heat they give off at night. City planners estimate that the measures could lower temperatures in the old town by up to three degrees on the hottest afternoons.',
      ),
      h('What the city offers'),
      ul(
        [b('Free paint'), ' and a subsidy towards labour costs for owners of buildings with flat roofs'],
        'Shade trees on request for streets without them, chosen for drought tolerance',
        'A drinking fountain every 300 metres in the old town',
        'Public “cool rooms” in libraries and schools during heat warnings',
      ),
      q(
        'Our grandparents had white houses and narrow streets for a reason. We are rediscovering what they knew.',
        'Lorena Vidal, deputy mayor for urban planning',
      ),
      p(
        'Researchers welcomed the programme but warned that white roofs are only part of the answer: the number of air-conditioning units in the city has tripled in a decade.',
      ),
    ],
    leadImageKey: 'white-roofs',
    authors: ['il'],
    agencies: ['AFP', 'Reuters'],
    hoursAgo: 44,
  },
  {
    key: 'en-lake-cubesat',
    edition: 'en',
    sectionPath: 'science',
    topicSlugs: ['climate-crisis'],
    kicker: 'Space',
    headline: 'Student-built satellite sends back its first images of algae blooms on lakes',
    teaser:
      'The shoebox-sized satellite was built by 40 students in Lindwerder. It is meant to warn water utilities of toxic blooms earlier.',
    body: [
      p(
        'A satellite no bigger than a shoebox, ',
        b('built by students at the Technical University of Lindwerder'),
        ', has sent back its first images three weeks after launch. The pictures show green streaks of algae on two large lakes – exactly what the team had hoped to see.',
      ),
      p(
        'The satellite carries a camera that records light in several narrow colour bands, which allows researchers to tell harmless algae from types that produce toxins. Warmer water and fertiliser run-off have made such blooms more frequent.',
      ),
      h('An early warning for water utilities'),
      p(
        'The team wants to warn water utilities a few days earlier than sampling by boat currently allows. “If you know a bloom is coming, you can switch intakes or adjust treatment,” said project lead Jakob Ehrlinger, a doctoral student in aerospace engineering.',
      ),
      q(
        'We had a checklist of 600 things that could go wrong. The first picture was the moment we stopped counting.',
        'Jakob Ehrlinger, project lead',
      ),
      p(
        'The images are published ',
        a('on the project’s website', 'https://example.org/science/lake-cubesat'),
        ', and the team plans to release its software as open source.',
      ),
    ],
    leadImageKey: 'lake-cubesat',
    authors: ['wmd'],
    agencies: [],
    hoursAgo: 300,
  },
  {
    key: 'en-kessendorf-nurses',
    edition: 'en',
    sectionPath: 'business',
    topicSlugs: ['migration'],
    kicker: 'Care',
    headline: 'Care homes in Kessendorf recruit nurses abroad as staff shortages deepen',
    teaser:
      'The small town’s biggest employer has hired 34 nurses from abroad in two years. Getting their qualifications recognised remains the biggest hurdle.',
    body: [
      p(
        'At the care home ',
        i('Haus am Lindenhang'),
        ' in Kessendorf, one in four nurses now comes from abroad. The home, the largest employer in the town of 9,000 people, has ',
        b('recruited 34 nurses'),
        ' from outside the EU in the past two years.',
      ),
      p(
        'Without them, the management says, a whole floor would have had to close. Around 200 care homes in the region report unfilled positions, according to the regional welfare association.',
      ),
      h('Eighteen months of paperwork'),
      p(
        'The nurses are qualified in their home countries but must have their training recognised before they can work as registered nurses. That process took 18 months on average, during which many worked as assistants on lower pay.',
      ),
      q(
        'I was a ward nurse for seven years. Here, I spent the first year making beds and learning the word for every form.',
        'Maricel Santos, nurse at Haus am Lindenhang',
      ),
      h('Help from the town'),
      p(
        'The town has opened a welcome office that helps with flats, language courses and school places. Mayor Ulrich Fahrner says Kessendorf is competing with the big cities: “We cannot offer nightlife. We can offer a kindergarten place within a week.”',
      ),
    ],
    leadImageKey: 'kessendorf-care',
    authors: ['jbk', 'es'],
    agencies: ['dpa'],
    translationKey: 'kessendorf-nurses',
    hoursAgo: 680,
    updatedAfterHours: 48,
  },
];
