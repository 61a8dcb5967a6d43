/**
 * The demo podcasts: one show per edition, three episodes each. Original
 * writing; the audio is a few seconds of generated tone (src/seed/demo-media/audio/),
 * so the transcripts describe what the episode would say.
 */
import type { ShowInput } from '../../operations/podcasts.js';

export interface DemoEpisode {
  title: string;
  description: string;
  transcript: string;
  /** File in src/seed/demo-media/audio/. */
  audioFile: 'tone-a.mp3' | 'tone-b.mp3' | 'tone-c.mp3';
  hoursAgo: number;
}

export interface DemoShow extends ShowInput {
  edition: string;
  /** Artwork colours: background, wave. */
  palette: [string, string];
  episodes: DemoEpisode[];
}

export const demoShows: DemoShow[] = [
  {
    edition: 'en', slug: 'morning-briefing', title: 'The Morning Briefing',
    description: 'Ten minutes on the stories shaping the day, from our newsroom to your commute. New episodes on weekday mornings.',
    category: 'News/Daily News', explicit: false, author: 'Herald Newsroom', ownerName: 'Herald Audio Desk', ownerEmail: 'audio@herald.example',
    palette: ['#0b2e59', '#ffd24d'],
    episodes: [
      {
        title: 'Why the harbour bridge repairs keep slipping', hoursAgo: 50, audioFile: 'tone-a.mp3',
        description: 'Our city reporter walks through three years of delays, the contracts behind them and what commuters can expect next spring.',
        transcript: 'Good morning, and welcome to the Morning Briefing.\n\nToday we look at the harbour bridge. The repairs were meant to finish two summers ago; they are now planned for next spring. Our city reporter has read the contracts and spoken to the engineers on site.\n\nThe short version: the steel arrived late, the inspection found more corrosion than expected, and the night closures were cut back after complaints from residents.\n\nThat is all for today. Thank you for listening.',
      },
      {
        title: 'A quieter week for the central bank', hoursAgo: 26, audioFile: 'tone-b.mp3',
        description: 'Rates stay where they are. Our economics editor explains what the bank said, what it left out, and why markets barely moved.',
        transcript: 'Good morning. The central bank left interest rates unchanged yesterday, as most economists had expected.\n\nOur economics editor says the interesting part was the language: the bank no longer describes inflation as "persistent". That one word is what traders will be arguing about this week.\n\nWe will be back tomorrow with the jobs figures.',
      },
      {
        title: 'The volunteers counting the city’s birds', hoursAgo: 3, audioFile: 'tone-c.mp3',
        description: 'Before sunrise, a hundred volunteers fan out across the parks with notebooks. We joined one team for the annual count.',
        transcript: 'It is half past five and still dark in the east park. Maria has a thermos, a notebook and a pair of binoculars older than most of her team.\n\nEvery year, a hundred volunteers count the birds in the city’s parks. The numbers go to the university, which has kept the series since the seventies.\n\nThis year, the blackbirds are up and the swifts are down. Maria says the swifts worry her most.\n\nThank you for listening to the Morning Briefing.',
      },
    ],
  },
  {
    edition: 'de', slug: 'nachgefragt', title: 'Nachgefragt',
    description: 'Der Podcast, der bei den Nachrichten des Tages noch einmal nachhakt: Hintergründe, Zahlen und die Menschen hinter den Schlagzeilen.',
    category: 'News/News Commentary', explicit: false, author: 'Herald Redaktion', ownerName: 'Herald Audio', ownerEmail: 'audio@herald.example',
    palette: ['#1d4d3a', '#f4efe3'],
    episodes: [
      {
        title: 'Warum die Regionalbahn so oft ausfällt', hoursAgo: 70, audioFile: 'tone-a.mp3',
        description: 'Fehlendes Personal, alte Stellwerke, volle Strecken: Unsere Verkehrsreporterin erklärt, woran es im Regionalverkehr hakt.',
        transcript: 'Willkommen bei Nachgefragt.\n\nJeder zehnte Regionalzug ist im vergangenen Monat ausgefallen. Unsere Verkehrsreporterin hat mit Fahrdienstleitern, Pendlerinnen und dem Verkehrsverbund gesprochen.\n\nDas Ergebnis: Es fehlen vor allem Lokführer, und viele Stellwerke stammen noch aus den Sechzigerjahren. Eine schnelle Lösung sieht niemand.\n\nDanke fürs Zuhören und bis zur nächsten Folge.',
      },
      {
        title: 'Was die neue Grundsteuer für Mieter bedeutet', hoursAgo: 30, audioFile: 'tone-b.mp3',
        description: 'Ab Januar gelten neue Hebesätze. Wir rechnen an drei Beispielen vor, wer mehr zahlt und wer weniger.',
        transcript: 'Hallo und herzlich willkommen.\n\nDie Grundsteuer wird neu berechnet, und viele Mieterinnen und Mieter fragen sich, was das für ihre Nebenkosten heißt.\n\nWir haben drei Wohnungen durchgerechnet: einen Altbau in der Innenstadt, ein Reihenhaus am Stadtrand und eine Neubauwohnung. Im Altbau steigt die Steuer spürbar, im Neubau sinkt sie leicht.\n\nAlle Zahlen finden Sie auch in unserem Artikel. Bis bald bei Nachgefragt.',
      },
      {
        title: 'Ein Dorf kauft seine Kneipe zurück', hoursAgo: 5, audioFile: 'tone-c.mp3',
        description: 'Als die letzte Gastwirtschaft schließen sollte, gründeten die Einwohner eine Genossenschaft. Ein Besuch am Stammtisch.',
        transcript: 'Es ist Freitagabend im „Goldenen Löwen“, und jeder Platz ist besetzt.\n\nVor zwei Jahren sollte die Kneipe schließen. Dann haben 240 Einwohnerinnen und Einwohner Anteile gekauft, je hundert Euro. Heute gehört der Löwe dem Dorf.\n\nDer Wirt sagt, er habe jetzt 240 Chefs. Er lacht dabei.\n\nDas war Nachgefragt. Danke, dass Sie dabei waren.',
      },
    ],
  },
  {
    edition: 'ar', slug: 'ala-al-khat', title: 'على الخط',
    description: 'بودكاست أسبوعي يتناول قصص المنطقة بهدوء وعمق: ضيوف من الميدان، وأرقام تشرح ما وراء العناوين.',
    category: 'News/Daily News', explicit: false, author: 'غرفة أخبار هيرالد', ownerName: 'قسم الصوتيات في هيرالد', ownerEmail: 'audio@herald.example',
    palette: ['#5a1f2b', '#f6d7a7'],
    episodes: [
      {
        title: 'لماذا ترتفع أسعار الخبز في الأسواق؟', hoursAgo: 80, audioFile: 'tone-a.mp3',
        description: 'من حقول القمح إلى المخابز: مراسلنا الاقتصادي يتتبع رحلة رغيف الخبز ويشرح أسباب ارتفاع سعره هذا الموسم.',
        transcript: 'أهلاً بكم في حلقة جديدة من «على الخط».\n\nارتفع سعر الخبز في معظم الأسواق خلال الأشهر الثلاثة الماضية. زار مراسلنا الاقتصادي مطحنة ومخبزين وتحدث مع تجار الجملة.\n\nالأسباب متعددة: موسم حصاد ضعيف، وتكاليف نقل أعلى، وارتفاع أسعار الطاقة في المطاحن.\n\nشكراً لاستماعكم، ونلقاكم في الحلقة القادمة.',
      },
      {
        title: 'مدرسة تعمل بالطاقة الشمسية في قرية جبلية', hoursAgo: 34, audioFile: 'tone-b.mp3',
        description: 'ألواح على السطح ومعلمون متحمسون: كيف غيّرت الكهرباء النظيفة يوم الدراسة لمئتي تلميذ.',
        transcript: 'مرحباً بكم.\n\nفي قرية على ارتفاع ألف وخمسمئة متر، كانت الكهرباء تنقطع معظم ساعات النهار. قبل عام، ركّب الأهالي ألواحاً شمسية على سطح المدرسة.\n\nتقول مديرة المدرسة إن الحواسيب أصبحت تعمل طوال اليوم، وإن التلاميذ صاروا يبقون بعد الدوام للقراءة.\n\nكانت هذه حلقة «على الخط». إلى اللقاء.',
      },
      {
        title: 'حكايات البحّارة في الميناء القديم', hoursAgo: 7, audioFile: 'tone-c.mp3',
        description: 'قبل أن يختفي آخر قوارب الصيد الخشبية، جلسنا مع ثلاثة بحّارة يروون ذكرياتهم عن البحر والمدينة.',
        transcript: 'الساعة السادسة صباحاً في الميناء القديم، والقوارب الخشبية تعود محمّلة بالسمك.\n\nأبو سالم يصطاد منذ خمسين عاماً. يقول إن البحر تغيّر، وإن الشباب يفضّلون العمل في المدينة.\n\nجمعنا في هذه الحلقة حكايات ثلاثة بحّارة عن العواصف والأعياد وأسماء القوارب.\n\nشكراً لكم على الاستماع إلى «على الخط».',
      },
    ],
  },
];
