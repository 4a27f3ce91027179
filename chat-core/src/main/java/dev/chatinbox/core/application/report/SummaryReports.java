package dev.chatinbox.core.application.report;

import dev.chatinbox.core.application.view.SummaryReportView;

/** Computes summaries in the database (implemented in SQL by the infrastructure). */
public interface SummaryReports {
  SummaryReportView summary(ReportCriteria criteria);
}
