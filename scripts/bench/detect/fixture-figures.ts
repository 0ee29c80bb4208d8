// Every figure in the fixture article (prisma/seed/article.txt) a fact-checker would want
// flagged, in document order, gone through sentence by sentence. Left out on purpose: names
// with digits ("Covid-19", "Track 1.5 dialogues", "K-2 tanks"), ordinals ("its first
// sanctions"), vague words without a number ("a significant number", "multiple resolutions",
// "few avenues") and "the two nations" / "the two leaders", which point back to named things.
export const FIXTURE_FIGURES = [
  'October 28', // NATO confirmed troops in Kursk
  'October 9 and November 20, 2001', // European Council Conclusions
  'February 2002', // DPRK Country Strategy Paper
  'late 1990s', // coordination began
  'late 2000s', // critical engagement since
  'mid-1990s', // unconditional engagement from …
  '2003', // … until
  'between 2003 and 2023', // non-engagement policy
  '2003', // NPT withdrawal
  '2006', // first nuclear test
  'December 2011', // Kim Jong Il's death
  '2015', // suspension of the Political Dialogue
  'March 2021', // first EU human-rights sanctions
  'December 2021', // first US sanctions under Biden
  'four European NGOs',
  'February', // German delegation's visit
  'September 2022', // US intelligence raised concerns
  'millions', // "millions" of rockets and shells
  'November', // Kirby's statement
  'over 16,500 containers',
  'September last year',
  'October 24', // Duma ratification
  '2,000 additional containers',
  'June', // Shangri-La Dialogue
  'thousands of North Korean soldiers',
  'May 2023', // EU-Korea Summit
  '2022', // Yoon took office
  '$14 billion',
  '2022', // the deal with Poland
  'four submarines',
];

/** The opening words of every sentence in the fixture a fact-checker would check. */
export const FIXTURE_CLAIMS = [
  'On October 28, NATO confirmed',
  'The European Union’s (EU) approach',
  'Coordination among EU member states',
  'Since the late 2000s',
  'From the mid-1990s until 2003',
  'Member States opened their markets',
  'However, between 2003 and 2023',
  'Over the years, EU policy',
  'The EU has implemented comprehensive sanctions',
  'By the time of Kim Jong',
  'Reflecting a strategy of sustained pressure',
  'In March 2021',
  'The US echoed this sanctions',
  'However, with North Korea’s stringent lockdown',
  'The four European NGOs',
  'In February, a German delegation',
  'US intelligence first raised',
  'By November, US National Security',
  'According to US Deputy Assistant',
  'On October 24',
  'North Korea’s military collaboration with Russia should be viewed',
  "North Korea's military collaboration with Russia, coupled",
  'To that end, NATO Secretary-General',
  'The EU High Representative’s official statement',
  'In this context, speaking at the IISS',
  'This sentiment was underscored by UK',
  'Reports that thousands',
  'In particular, Lithuanian Foreign Minister',
  'Riho Terhas',
  'Notably, the expected deployment',
  'In a pivotal moment, Japan and the EU',
  'The EU-Japan security partnership',
  'Meanwhile, in a phone call',
  'During the call, the two leaders',
  'Since taking office in 2022',
  'South Korea has also become',
  'Plans for expanded maritime cooperation',
  'In response to reports of North Korean troop support',
  'During his summit with Polish President',
  'Though some European officials',
  'Though the EU and NATO have firmly denounced',
];
