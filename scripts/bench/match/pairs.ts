// bench:match's hand-written pairs: a claim already in the workspace (`seen`) and a claim marked
// later (`asked`), with whether a fact-checker would call them the same claim. Each pair has its
// own topic, so that the only right match for `asked` is its own `seen` (or none).
export type Pair = { kind: string; same: boolean; seen: string; asked: string };

export const PAIRS: Pair[] = [
  // The same claim, reworded
  {
    kind: 'paraphrase',
    same: true,
    seen: 'The port of Rotterdam handled 16,500 containers in a single day.',
    asked: 'In a single day the port of Rotterdam handled 16.5k containers.',
  },
  {
    kind: 'paraphrase',
    same: true,
    seen: 'Unemployment in Spain fell to 12.3% in 2023.',
    asked: 'Spanish unemployment dropped to 12.3 percent in 2023.',
  },
  {
    kind: 'paraphrase',
    same: true,
    seen: 'The city council spent €4.2 million on new bike lanes.',
    asked: 'The city council has spent 4.2 million euros on new bike lanes.',
  },
  {
    kind: 'paraphrase',
    same: true,
    seen: 'More than 40,000 people attended the climate march in Brussels.',
    asked: 'Over 40 000 people attended the Brussels climate march.',
  },
  {
    kind: 'paraphrase',
    same: true,
    seen: 'The governor vetoed the minimum wage bill last week.',
    asked: 'Last week the governor vetoed the bill on the minimum wage.',
  },
  {
    kind: 'paraphrase',
    same: true,
    seen: 'Coal accounted for 36% of Germany’s electricity generation in 2018.',
    asked: 'In 2018, coal accounted for 36 per cent of electricity generation in Germany.',
  },
  {
    kind: 'paraphrase',
    same: true,
    seen: 'The new vaccine is 95% effective against severe illness.',
    asked: 'The new vaccine is 95 percent effective against severe illness, the company says.',
  },
  {
    kind: 'paraphrase',
    same: true,
    seen: 'Teachers in Ohio earn an average salary of $58,000.',
    asked: 'The average salary of teachers in Ohio is $58k.',
  },
  {
    kind: 'paraphrase',
    same: true,
    seen: 'Wildfires burned 1.2 million hectares in Canada this summer.',
    asked: 'This summer wildfires in Canada burned 1,200,000 hectares.',
  },
  {
    kind: 'paraphrase',
    same: true,
    seen: 'The mayor promised to build 3,000 affordable homes by 2030.',
    asked: 'The mayor has promised 3000 affordable homes will be built by 2030.',
  },
  {
    kind: 'paraphrase',
    same: true,
    seen: 'Violent crime rose in Chicago last year.',
    asked: 'Violent crime in Chicago increased last year.',
  },
  {
    kind: 'paraphrase',
    same: true,
    seen: 'The senator voted against the infrastructure bill.',
    asked: 'The senator voted against the bill on infrastructure.',
  },
  {
    kind: 'paraphrase',
    same: true,
    seen: 'Half of all plastic ever made was produced in the last 15 years.',
    asked: 'Half of all the plastic ever made has been produced in the last fifteen years.',
  },
  {
    kind: 'paraphrase',
    same: true,
    seen: 'Tesla sold 1.8 million cars worldwide in 2023.',
    asked: 'Worldwide, Tesla sold 1.8m cars in 2023.',
  },
  {
    kind: 'paraphrase',
    same: true,
    seen: 'The average rent in Lisbon has doubled since 2015.',
    asked: 'Since 2015 the average rent in Lisbon has doubled.',
  },
  {
    kind: 'paraphrase',
    same: true,
    seen: 'The hospital waiting list in England reached 7.6 million people.',
    asked: 'The waiting list for hospital treatment in England has reached 7.6 million people.',
  },
  // The same claim, clauses reordered
  {
    kind: 'reordered',
    same: true,
    seen: 'Because of the drought, wheat exports from Argentina fell by a third.',
    asked: 'Wheat exports from Argentina fell by a third because of the drought.',
  },
  {
    kind: 'reordered',
    same: true,
    seen: 'After the tax cut, the deficit grew to $1.7 trillion.',
    asked: 'The deficit grew to $1.7 trillion after the tax cut.',
  },
  {
    kind: 'reordered',
    same: true,
    seen: 'According to the police, 250 protesters were arrested in Paris.',
    asked: '250 protesters were arrested in Paris, according to the police.',
  },
  {
    kind: 'reordered',
    same: true,
    seen: 'Since the ban came in, smoking among teenagers has halved.',
    asked: 'Smoking among teenagers has halved since the ban came in.',
  },
  { kind: 'reordered', same: true, seen: 'In Kenya, 70% of adults use mobile money.', asked: '70% of adults in Kenya use mobile money.' },
  {
    kind: 'reordered',
    same: true,
    seen: 'Despite the sanctions, Russian oil revenue rose 10% in March.',
    asked: 'Russian oil revenue rose 10% in March despite the sanctions.',
  },
  {
    kind: 'reordered',
    same: true,
    seen: 'The bridge, which cost £80 million, has never been used.',
    asked: 'The bridge has never been used, and it cost £80m.',
  },
  {
    kind: 'reordered',
    same: true,
    seen: 'For the first time, solar power overtook gas in the EU last year.',
    asked: 'Solar power overtook gas in the EU for the first time last year.',
  },
  {
    kind: 'reordered',
    same: true,
    seen: 'With 9,000 beds, the state has the fewest hospital beds per person in the country.',
    asked: 'The state has the fewest hospital beds per person in the country, with 9,000 beds.',
  },
  {
    kind: 'reordered',
    same: true,
    seen: 'Measured by GDP, India is now the world’s fifth largest economy.',
    asked: 'India is now the world’s fifth largest economy measured by GDP.',
  },
  {
    kind: 'reordered',
    same: true,
    seen: 'Across the country, 1 in 5 children lives in poverty.',
    asked: '1 in 5 children lives in poverty across the country.',
  },
  { kind: 'reordered', same: true, seen: 'Last winter, gas prices in Italy tripled.', asked: 'Gas prices in Italy tripled last winter.' },
  // Numbers changed: not the same claim
  {
    kind: 'number changed',
    same: false,
    seen: 'The port of Hamburg handled 16,500 containers on Monday.',
    asked: 'The port of Hamburg handled 1,650 containers on Monday.',
  },
  {
    kind: 'number changed',
    same: false,
    seen: 'Inflation in Turkey reached 85% in October.',
    asked: 'Inflation in Turkey reached 58% in October.',
  },
  {
    kind: 'number changed',
    same: false,
    seen: 'The minister said 12,000 nurses were hired in 2022.',
    asked: 'The minister said 2,000 nurses were hired in 2022.',
  },
  {
    kind: 'number changed',
    same: false,
    seen: 'The stadium project cost taxpayers $1.4 billion.',
    asked: 'The stadium project cost taxpayers $1.4 million.',
  },
  { kind: 'number changed', same: false, seen: 'Life expectancy in Japan is 84 years.', asked: 'Life expectancy in Japan is 87 years.' },
  {
    kind: 'number changed',
    same: false,
    seen: 'The company laid off 600 workers at its Detroit plant in 2019.',
    asked: 'The company laid off 600 workers at its Detroit plant in 2021.',
  },
  {
    kind: 'number changed',
    same: false,
    seen: 'Only 3% of the national budget goes to foreign aid.',
    asked: 'Only 30% of the national budget goes to foreign aid.',
  },
  {
    kind: 'number changed',
    same: false,
    seen: 'The festival drew 75,000 visitors to Edinburgh.',
    asked: 'The festival drew 7,500 visitors to Edinburgh.',
  },
  // Negated: not the same claim
  { kind: 'negation', same: false, seen: 'The president has visited the border.', asked: 'The president has never visited the border.' },
  {
    kind: 'negation',
    same: false,
    seen: 'The school district banned the novel from its libraries.',
    asked: 'The school district did not ban the novel from its libraries.',
  },
  {
    kind: 'negation',
    same: false,
    seen: 'The prime minister attended the NATO summit in Vilnius.',
    asked: 'The prime minister didn’t attend the NATO summit in Vilnius.',
  },
  { kind: 'negation', same: false, seen: 'The drug was approved by the regulator.', asked: 'The drug was not approved by the regulator.' },
  { kind: 'negation', same: false, seen: 'The candidate paid income tax last year.', asked: 'The candidate paid no income tax last year.' },
  {
    kind: 'negation',
    same: false,
    seen: 'The factory has reopened after the floods.',
    asked: 'The factory has not reopened after the floods.',
  },
  // Same topic, different claim
  {
    kind: 'opposite direction',
    same: false,
    seen: 'Home sales in Denver rose sharply in the spring.',
    asked: 'Home sales in Denver fell sharply in the spring.',
  },
  {
    kind: 'opposite direction',
    same: false,
    seen: 'Birth rates in South Korea increased last year.',
    asked: 'Birth rates in South Korea declined last year.',
  },
  {
    kind: 'same topic',
    same: false,
    seen: 'The water company dumped sewage into the river 300 times last year.',
    asked: 'The water company was fined for dumping sewage into the river.',
  },
  {
    kind: 'same topic',
    same: false,
    seen: 'The electric bus fleet in Bogotá is the largest outside China.',
    asked: 'Bogotá bought its electric buses from a Chinese manufacturer.',
  },
  {
    kind: 'same topic',
    same: false,
    seen: 'The union says nurses work 12-hour shifts without a break.',
    asked: 'The union says nurses are paid less than care workers.',
  },
  {
    kind: 'same topic',
    same: false,
    seen: 'The football club’s stadium is owned by the city.',
    asked: 'The football club’s stadium was built by the city.',
  },
  {
    kind: 'same topic',
    same: false,
    seen: 'The airline cancelled all flights to Lagos.',
    asked: 'The airline added new flights to Lagos.',
  },
  {
    kind: 'same topic',
    same: false,
    seen: 'The glacier has lost half of its ice since 1950.',
    asked: 'The glacier is the largest in the Alps.',
  },
];
