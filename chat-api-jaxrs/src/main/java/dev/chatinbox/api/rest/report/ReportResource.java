package dev.chatinbox.api.rest.report;

import dev.chatinbox.api.rest.AdministratorsOnly;
import dev.chatinbox.api.rest.common.QueryParams;
import dev.chatinbox.api.security.CurrentCaller;
import dev.chatinbox.core.application.access.Caller;
import dev.chatinbox.core.application.report.ReportCriteria;
import dev.chatinbox.core.application.report.ReportService;
import dev.chatinbox.core.domain.shared.Ids;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Team reports, computed by SQL over what is stored. */
@Path("reports")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Reports", description = "Team metrics (issue #18)")
public class ReportResource {
  /** The window when none is given: the last 30 days. */
  static final Duration DEFAULT_WINDOW = Duration.ofDays(30);

  private CurrentCaller caller;
  private ReportService reports;
  private Clock clock;

  protected ReportResource() {}

  @Inject
  public ReportResource(CurrentCaller caller, ReportService reports, Clock clock) {
    this.caller = caller;
    this.reports = reports;
    this.clock = clock;
  }

  @GET
  @Path("summary")
  @Operation(
      operationId = "getSummaryReport",
      summary = "Summary: opened, resolved, first response and resolution times",
      description =
          "Our addition; ADMIN only (403 otherwise). The window [from, to) defaults to the 30 days"
              + " before now (to: now; from: 30 days before to) and may span at most 366 days."
              + " team and assignee (a user id, or me) keep the conversations that are now of that"
              + " team or assigned to that user. A conversation that is resolved and reopens counts"
              + " as opened again; each opening has its own first response and resolution time."
              + " Medians and 90th percentiles are continuous (percentile_cont), in seconds.")
  @APIResponse(
      responseCode = "200",
      description = "The summary",
      content = @Content(schema = @Schema(implementation = SummaryReportResponse.class)))
  @APIResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
  @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
  @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
  @AdministratorsOnly
  public SummaryReportResponse summary(
      @QueryParam("from")
          @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date-time"))
          String from,
      @QueryParam("to") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date-time"))
          String to,
      @QueryParam("team") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid"))
          String team,
      @QueryParam("assignee")
          @Parameter(schema = @Schema(type = SchemaType.STRING, description = "A user id, or me"))
          String assignee) {
    Caller who = caller.get();
    QueryParams params = new QueryParams();
    Optional<Instant> end = params.timestamp("to", to);
    Optional<Instant> start = params.timestamp("from", from);
    Optional<UUID> teamId = id(params, "team", team);
    Optional<UUID> assigneeId =
        "me".equalsIgnoreCase(assignee)
            ? Optional.of(who.userId())
            : id(params, "assignee", assignee);
    params.validate();
    Instant until = end.orElseGet(clock::instant);
    ReportCriteria criteria =
        new ReportCriteria(start.orElse(until.minus(DEFAULT_WINDOW)), until, teamId, assigneeId);
    return new SummaryReportResponse(
        true, SummaryReportOutput.of(criteria, reports.summary(who, criteria)));
  }

  private static Optional<UUID> id(QueryParams params, String name, String raw) {
    if (raw == null || raw.isEmpty()) {
      return Optional.empty();
    }
    Optional<UUID> id = Ids.parse(raw);
    if (id.isEmpty()) {
      params.reject(name, "must be a UUID");
    }
    return id;
  }
}
