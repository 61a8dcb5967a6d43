/**
 * One live coverage page per demo edition: the continental women's final
 * the demo's sports stories lead up to (Sanara against the invented Tamesia),
 * followed entry by entry. Original writing in each language; `minutesAgo`
 * places each entry before the seed time, oldest first here.
 */
export interface DemoLiveCoverage {
  edition: 'en' | 'de' | 'ar';
  sectionPath: string;
  kicker: string;
  headline: string;
  teaser: string;
  intro: string;
  /** The lead picture's caption and alt text in the edition's language (the library's are English). */
  leadImageCaption: string;
  leadImageAlt: string;
  keyPoints: string[];
  /** The entry pinned above the others (index into `entries`). */
  pinned: number;
  entries: { minutesAgo: number; initials: string; text: string[]; withPicture?: boolean }[];
}

export const demoLiveCoverage: DemoLiveCoverage[] = [
  {
    edition: 'en',
    sectionPath: 'sports',
    kicker: 'Live',
    headline: 'Continental final live: Sanara’s Coastal Eagles take on Tamesia',
    teaser: 'Sanara play their first continental women’s final, against the twice champions from Tamesia. Follow every moment here.',
    leadImageCaption: 'Sanara play their first continental final (illustration)',
    leadImageAlt: 'Illustration: light green rolling fields with stripes under a deep green sky and a pale sun',
    intro: 'Sanara’s women have never been this far. Tonight in Port Alder they meet Tamesia, who have won the title twice, in front of a sold-out crowd. Our reporters in the stadium follow the match as it happens.',
    keyPoints: [
      'Sanara lead 2–1 after goals from Adjoa Mensah and Efua Tetteh.',
      'Goalkeeper Esi Boadu, the hero of the semi-final, is playing with a strapped wrist.',
      'Tamesia are chasing a third continental title.',
    ],
    pinned: 10,
    entries: [
      { minutesAgo: 150, initials: 'kab', text: ['Good evening from Port Alder. The gates opened two hours early and the stands along the harbour side are already full of green and white.'] },
      { minutesAgo: 128, initials: 'kab', text: ['Team news: Sanara keep the side that won the semi-final. Esi Boadu starts in goal despite the bandage on her left wrist.'] },
      { minutesAgo: 112, initials: 'il', text: ['Tamesia make one change, bringing in the 19-year-old forward Lina Okoro for her first start in the tournament.'] },
      { minutesAgo: 95, initials: 'kab', text: ['Kick-off! Tamesia start quickly and win two corners in the first three minutes.'] },
      { minutesAgo: 84, initials: 'kab', text: ['GOAL for Tamesia. Okoro turns at the edge of the box and shoots low past Boadu. 0–1 after eleven minutes.'] },
      { minutesAgo: 70, initials: 'il', text: ['Sanara have settled. Captain Adjoa Mensah is dropping deep to collect the ball, and the crowd is finding its voice again.'] },
      { minutesAgo: 58, initials: 'kab', text: ['GOAL! Mensah heads in a corner from Efua Tetteh at the near post. 1–1, and the harbour end is shaking.'] },
      { minutesAgo: 47, initials: 'il', text: ['Half-time: 1–1. Tamesia had more of the ball, Sanara the better chances in the last ten minutes.'] },
      { minutesAgo: 30, initials: 'kab', text: ['The second half is under way. No changes for either side.'] },
      { minutesAgo: 19, initials: 'kab', text: ['Boadu saves! A one-on-one with Okoro, blocked with her legs. The bandaged wrist seems to be holding up.'] },
      { minutesAgo: 9, initials: 'kab', text: ['GOAL for Sanara! Efua Tetteh curls a free kick over the wall and in off the post. 2–1 with 25 minutes to play.'] },
      { minutesAgo: 2, initials: 'il', text: ['Tamesia bring on two fresh forwards. Sanara’s coach is standing on the touchline, arms folded, not saying a word.'] },
    ],
  },
  {
    edition: 'de',
    sectionPath: 'sports',
    kicker: 'Live',
    headline: 'Kontinentales Finale live: Sanaras „Küstenadler“ gegen Tamesia',
    teaser: 'Zum ersten Mal stehen Sanaras Frauen in einem kontinentalen Endspiel – gegen die zweimaligen Titelträgerinnen aus Tamesia. Alle Entwicklungen hier im Ticker.',
    leadImageCaption: 'Sanara bestreitet sein erstes kontinentales Finale (Illustration)',
    leadImageAlt: 'Illustration: hellgrüne, gestreifte Hügel unter einem dunkelgrünen Himmel und einer blassen Sonne',
    intro: 'So weit sind Sanaras Fußballerinnen noch nie gekommen. Am Abend treffen sie in Port Alder vor ausverkauftem Haus auf Tamesia, das den Titel schon zweimal gewonnen hat. Unsere Reporterinnen berichten aus dem Stadion.',
    keyPoints: [
      'Sanara führt 2:1 nach Toren von Adjoa Mensah und Efua Tetteh.',
      'Torhüterin Esi Boadu, Heldin des Halbfinales, spielt mit bandagiertem Handgelenk.',
      'Tamesia greift nach dem dritten kontinentalen Titel.',
    ],
    pinned: 10,
    entries: [
      { minutesAgo: 150, initials: 'wmd', text: ['Guten Abend aus Port Alder. Die Tore wurden zwei Stunden früher geöffnet, die Tribüne zur Hafenseite ist schon jetzt ein Meer aus Grün und Weiß.'] },
      { minutesAgo: 128, initials: 'wmd', text: ['Aufstellung: Sanara beginnt mit derselben Elf wie im Halbfinale. Esi Boadu steht trotz der Bandage am linken Handgelenk im Tor.'] },
      { minutesAgo: 112, initials: 'jbk', text: ['Tamesia wechselt einmal: Die 19-jährige Stürmerin Lina Okoro steht erstmals in diesem Turnier in der Startelf.'] },
      { minutesAgo: 95, initials: 'wmd', text: ['Anpfiff! Tamesia legt los wie die Feuerwehr und holt in den ersten drei Minuten zwei Ecken heraus.'] },
      { minutesAgo: 84, initials: 'wmd', text: ['TOR für Tamesia. Okoro dreht sich an der Strafraumgrenze und schießt flach an Boadu vorbei. 0:1 nach elf Minuten.'] },
      { minutesAgo: 70, initials: 'jbk', text: ['Sanara hat sich gefangen. Kapitänin Adjoa Mensah lässt sich weit zurückfallen, um die Bälle zu holen, und das Publikum wird wieder lauter.'] },
      { minutesAgo: 58, initials: 'wmd', text: ['TOR! Mensah köpft eine Ecke von Efua Tetteh am kurzen Pfosten ein. 1:1 – die Hafenkurve bebt.'] },
      { minutesAgo: 47, initials: 'jbk', text: ['Halbzeit: 1:1. Tamesia hatte mehr Ballbesitz, Sanara in den letzten zehn Minuten die besseren Chancen.'] },
      { minutesAgo: 30, initials: 'wmd', text: ['Die zweite Halbzeit läuft. Beide Trainerinnen verzichten vorerst auf Wechsel.'] },
      { minutesAgo: 19, initials: 'wmd', text: ['Parade von Boadu! Im Eins-gegen-eins gegen Okoro bleibt sie lange stehen und wehrt mit den Beinen ab. Das Handgelenk scheint zu halten.'] },
      { minutesAgo: 9, initials: 'wmd', text: ['TOR für Sanara! Efua Tetteh zirkelt einen Freistoß über die Mauer, vom Innenpfosten ins Netz. 2:1, noch 25 Minuten zu spielen.'] },
      { minutesAgo: 2, initials: 'jbk', text: ['Tamesia bringt zwei frische Angreiferinnen. Sanaras Trainerin steht mit verschränkten Armen an der Seitenlinie und sagt kein Wort.'] },
    ],
  },
  {
    edition: 'ar',
    sectionPath: 'sports',
    kicker: 'مباشر',
    headline: 'النهائي القاري مباشرةً: «نسور الساحل» السانارية في مواجهة تاميسيا',
    teaser: 'تخوض سيدات سانارا أول نهائي قاري في تاريخهن أمام تاميسيا حاملة اللقب مرتين. تابعوا تفاصيل المباراة لحظة بلحظة.',
    leadImageCaption: 'سانارا تخوض أول نهائي قاري في تاريخها (رسم توضيحي)',
    leadImageAlt: 'رسم توضيحي: حقول خضراء فاتحة متموجة بخطوط تحت سماء خضراء داكنة وشمس باهتة',
    intro: 'لم تبلغ لاعبات سانارا هذا الدور من قبل. يلتقين الليلة في بورت ألدر منتخبَ تاميسيا المتوَّج باللقب مرتين، أمام مدرجات ممتلئة عن آخرها. ويتابع مراسلونا المباراة من الملعب.',
    keyPoints: [
      'سانارا تتقدم 2–1 بهدفَي أدجوا منصاح وإيفوا تيتيه.',
      'الحارسة إيسي بوادو، بطلة نصف النهائي، تلعب ومعصمها مضمَّد.',
      'تاميسيا تسعى إلى لقبها القاري الثالث.',
    ],
    pinned: 10,
    entries: [
      { minutesAgo: 150, initials: 'ofs', text: ['مساء الخير من بورت ألدر. فُتحت الأبواب قبل موعدها بساعتين، وامتلأت المدرجات المطلة على الميناء باللونين الأخضر والأبيض.'] },
      { minutesAgo: 128, initials: 'ofs', text: ['التشكيلة: سانارا تحتفظ بالتشكيلة التي فازت في نصف النهائي، وإيسي بوادو في حراسة المرمى رغم الضمادة على معصمها الأيسر.'] },
      { minutesAgo: 112, initials: 'ah', text: ['تاميسيا تُجري تغييرًا واحدًا، إذ تدفع بالمهاجمة لينا أوكورو (19 عامًا) أساسيةً للمرة الأولى في البطولة.'] },
      { minutesAgo: 95, initials: 'ofs', text: ['صافرة البداية! تاميسيا تبدأ بقوة وتحصل على ركنيتين في الدقائق الثلاث الأولى.'] },
      { minutesAgo: 84, initials: 'ofs', text: ['هدف لتاميسيا. أوكورو تستدير على حافة المنطقة وتسدد كرة أرضية تتجاوز بوادو. 0–1 بعد إحدى عشرة دقيقة.'] },
      { minutesAgo: 70, initials: 'ah', text: ['سانارا تستعيد توازنها. القائدة أدجوا منصاح تتراجع لاستلام الكرة، والجماهير تستعيد صوتها.'] },
      { minutesAgo: 58, initials: 'ofs', text: ['هدف! منصاح تحوّل ركنية إيفوا تيتيه برأسها عند القائم القريب. 1–1، ومدرج الميناء يهتز.'] },
      { minutesAgo: 47, initials: 'ah', text: ['نهاية الشوط الأول بالتعادل 1–1. استحوذت تاميسيا على الكرة أكثر، لكن سانارا صنعت الفرص الأخطر في الدقائق العشر الأخيرة.'] },
      { minutesAgo: 30, initials: 'ofs', text: ['انطلاق الشوط الثاني دون تبديلات في صفوف الفريقين.'] },
      { minutesAgo: 19, initials: 'ofs', text: ['تصدٍّ رائع من بوادو! تواجه أوكورو وجهًا لوجه وتبعد الكرة بقدميها. يبدو أن المعصم المصاب يصمد.'] },
      { minutesAgo: 9, initials: 'ofs', text: ['هدف لسانارا! إيفوا تيتيه ترسل ركلة حرة فوق الحائط تسكن الشباك بعد أن ترتطم بالقائم. 2–1 وتبقّى خمس وعشرون دقيقة.'] },
      { minutesAgo: 2, initials: 'ah', text: ['تاميسيا تدفع بمهاجمتين جديدتين، ومدربة سانارا تقف على خط التماس عاقدةً ذراعيها دون أن تنطق بكلمة.'] },
    ],
  },
];
