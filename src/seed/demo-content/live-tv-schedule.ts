/**
 * The demo channel's day, per edition: original programme titles and
 * descriptions, as local hours (the seed turns them into instants in the
 * edition's time zone). Consecutive slots, so the day has no gaps and no
 * overlaps.
 */
export type DemoProgramme = [startHour: number, endHour: number, title: string, description: string];

export const demoLiveTvSchedule: Record<string, { streamTitle: string; day: DemoProgramme[] }> = {
  en: {
    streamTitle: 'Herald World TV',
    day: [
      [0, 6, 'Overnight News Loop', 'The night\u2019s headlines, refreshed every half hour.'],
      [6, 9, 'Herald Morning', 'News, weather and the papers, with guests from the day\u2019s stories.'],
      [9, 9.5, 'News at Nine', 'The morning bulletin.'],
      [9.5, 10.5, 'Lab Notes', 'A science magazine: this week, soil microbes and drought.'],
      [10.5, 12, 'The Long View', 'A documentary on the harbour towns rebuilding after the floods.'],
      [12, 12.5, 'Midday News', 'The news at noon, with a look at the markets.'],
      [12.5, 13.5, 'Market Desk', 'Business magazine: prices, jobs and the companies behind them.'],
      [13.5, 15, 'Culture Club', 'Books, stage and screen, reviewed by readers and critics.'],
      [15, 15.25, 'News Update', 'A quarter hour of the afternoon\u2019s stories.'],
      [15.25, 17, 'World Report', 'Correspondents from five continents, live.'],
      [17, 18, 'Full Time', 'The day in sport, with results and interviews.'],
      [18, 18.5, 'Evening News', 'The early evening bulletin.'],
      [18.5, 19.5, 'The Debate', 'Two sides, one question, an audience that votes.'],
      [19.5, 20, 'Byte Size', 'Technology explained in thirty minutes.'],
      [20, 21, 'Herald Tonight', 'The main news of the day, in depth.'],
      [21, 22, 'Frontiers', 'Documentary: the people mapping the deep ocean floor.'],
      [22, 23, 'Late Edition', 'The stories that will matter tomorrow.'],
      [23, 24, 'Replay', 'The best of today\u2019s programmes.'],
    ],
  },
  de: {
    streamTitle: 'Herald Welt TV',
    day: [
      [0, 6, 'Nachrichten in der Nacht', 'Die Schlagzeilen der Nacht, jede halbe Stunde neu.'],
      [6, 9, 'Herald am Morgen', 'Nachrichten, Wetter und Presseschau, mit Gästen aus den Themen des Tages.'],
      [9, 9.5, 'Nachrichten um neun', 'Die Ausgabe am Vormittag.'],
      [9.5, 10.5, 'Laborbuch', 'Wissenschaftsmagazin: diesmal Bodenbakterien und Dürre.'],
      [10.5, 12, 'Der lange Blick', 'Dokumentation über Hafenstädte, die nach der Flut neu bauen.'],
      [12, 12.5, 'Mittagsnachrichten', 'Die Nachrichten am Mittag, mit einem Blick auf die Börse.'],
      [12.5, 13.5, 'Marktplatz', 'Wirtschaftsmagazin: Preise, Arbeit und die Firmen dahinter.'],
      [13.5, 15, 'Kulturzeit am Nachmittag', 'Bücher, Bühne und Film, besprochen von Publikum und Kritik.'],
      [15, 15.25, 'Nachrichten kompakt', 'Eine Viertelstunde mit den Themen des Nachmittags.'],
      [15.25, 17, 'Weltbericht', 'Korrespondentinnen und Korrespondenten von fünf Kontinenten, live.'],
      [17, 18, 'Abpfiff', 'Der Sporttag mit Ergebnissen und Interviews.'],
      [18, 18.5, 'Nachrichten am Abend', 'Die Ausgabe am frühen Abend.'],
      [18.5, 19.5, 'Streitfrage', 'Zwei Seiten, eine Frage, ein Publikum, das abstimmt.'],
      [19.5, 20, 'Bit für Bit', 'Technik in dreißig Minuten erklärt.'],
      [20, 21, 'Herald heute', 'Die wichtigsten Nachrichten des Tages, ausführlich.'],
      [21, 22, 'Grenzgänger', 'Dokumentation: Die Menschen, die den Meeresboden vermessen.'],
      [22, 23, 'Spätausgabe', 'Die Themen, die morgen wichtig werden.'],
      [23, 24, 'Wiederholung', 'Das Beste aus dem heutigen Programm.'],
    ],
  },
  ar: {
    streamTitle: 'تلفزيون هيرالد العالم',
    day: [
      [0, 6, 'أخبار الليل', 'عناوين الليل، تتجدد كل نصف ساعة.'],
      [6, 9, 'صباح هيرالد', 'أخبار وطقس وجولة في الصحف، مع ضيوف من قصص اليوم.'],
      [9, 9.5, 'نشرة التاسعة', 'النشرة الصباحية.'],
      [9.5, 10.5, 'دفتر المختبر', 'مجلة علمية: هذا الأسبوع، ميكروبات التربة والجفاف.'],
      [10.5, 12, 'نظرة أبعد', 'وثائقي عن مدن الموانئ التي تعيد البناء بعد الفيضانات.'],
      [12, 12.5, 'أخبار الظهيرة', 'نشرة الظهر، مع نظرة على الأسواق.'],
      [12.5, 13.5, 'مكتب الأسواق', 'مجلة اقتصادية: الأسعار والوظائف والشركات وراءها.'],
      [13.5, 15, 'نادي الثقافة', 'كتب ومسرح وسينما، بعيون القرّاء والنقّاد.'],
      [15, 15.25, 'موجز الأخبار', 'ربع ساعة مع قصص بعد الظهر.'],
      [15.25, 17, 'تقرير العالم', 'مراسلون من خمس قارات، على الهواء مباشرة.'],
      [17, 18, 'صافرة النهاية', 'يوم الرياضة بالنتائج والمقابلات.'],
      [18, 18.5, 'نشرة المساء', 'نشرة أول المساء.'],
      [18.5, 19.5, 'المناظرة', 'طرفان وسؤال واحد وجمهور يصوّت.'],
      [19.5, 20, 'بايت', 'التكنولوجيا مشروحة في ثلاثين دقيقة.'],
      [20, 21, 'هيرالد الليلة', 'أهم أخبار اليوم بالتفصيل.'],
      [21, 22, 'آفاق', 'وثائقي: الذين يرسمون خرائط قاع المحيط.'],
      [22, 23, 'الطبعة الأخيرة', 'القصص التي ستهم غدًا.'],
      [23, 24, 'إعادة', 'أفضل برامج اليوم.'],
    ],
  },
};
