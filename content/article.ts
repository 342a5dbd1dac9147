import type { ArticleInput } from './schema';

/** The article's body headings, verbatim; data files refer to them by key so a typo fails to compile. */
export const SECTION = {
  intro: 'Introduction to the use of ketamine',
  uses: 'What is ketamine used for?',
  kap: 'What is ketamine assisted psychotherapy?',
  misconceptions: 'Common misconceptions about ketamine',
  research: 'In-depth look at the research on ketamine therapy and ketamine treatment',
  depression: 'An in-depth look at ketamine treatment for depression',
  anxiety: 'In-depth look at ketamine for anxiety',
  mechanism: 'How does ketamine bring about a reduction in anxiety symptoms?',
  speed: 'How fast does ketamine work for anxiety?',
  combination: 'How does the combination of therapy and ketamine work to reduce anxiety?',
} as const;

/** A section's key in SECTION: translations name headings by it (content/translations/). */
export type SectionKey = keyof typeof SECTION;

/** The one source article. The tail (course advert, newsletter) is not part of the knowledge. */
export const article = {
  title: 'Ketamine-Assisted Psychotherapy',
  author: 'Ella Cooper',
  date: '2024-01-15',
  publisher: 'Mirror Psychology LTD',
  series: 'Psychedelic-assisted psychotherapy',
  blog: 'Psychotherapy Courses',
  // Reading order of the article body.
  sections: [
    SECTION.intro,
    SECTION.uses,
    SECTION.kap,
    SECTION.misconceptions,
    SECTION.research,
    SECTION.depression,
    SECTION.anxiety,
    SECTION.mechanism,
    SECTION.speed,
    SECTION.combination,
  ],
} satisfies ArticleInput;
