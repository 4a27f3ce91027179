package dev.chatinbox.core.application.report;

import dev.chatinbox.core.application.access.AccessPolicy;
import dev.chatinbox.core.application.access.Caller;
import dev.chatinbox.core.application.view.Read;
import dev.chatinbox.core.application.view.SummaryReportView;
import dev.chatinbox.core.domain.shared.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;

/** Team reports, for administrators (they cover every conversation, visible or not). */
@ApplicationScoped
public class ReportService {
  /** Longest window one summary covers. */
  public static final Duration MAX_WINDOW = Duration.ofDays(366);

  private SummaryReports reports;
  private AccessPolicy access;

  protected ReportService() {}

  @Inject
  public ReportService(SummaryReports reports, AccessPolicy access) {
    this.reports = reports;
    this.access = access;
  }

  @Read
  public SummaryReportView summary(Caller caller, ReportCriteria criteria) {
    access.requireInbox(caller);
    access.requireAdmin(caller, "read team reports");
    if (!criteria.from().isBefore(criteria.to())) {
      throw new InvalidInputException("from", "must be before to");
    }
    if (Duration.between(criteria.from(), criteria.to()).compareTo(MAX_WINDOW) > 0) {
      throw new InvalidInputException("to", "the window may span at most 366 days");
    }
    return reports.summary(criteria);
  }
}
