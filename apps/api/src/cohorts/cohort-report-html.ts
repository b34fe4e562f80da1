import { cohortReportMarkdown, type CohortReport, type Locale } from '@gov/domain';
import { markdownDocument } from '../documents/markdown-document.js';

/** The final report as a standalone HTML document: the Markdown rendered. */
export function cohortReportHtml(report: CohortReport, locale: Locale): Promise<string> {
  return markdownDocument(cohortReportMarkdown(report, locale), report.cohort.name, locale);
}
