package dev.chatinbox.api.rest.report;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code BaseApiResponse<SummaryReportOutput>}. */
@Schema(name = "SummaryReportResponse")
public record SummaryReportResponse(
    @Schema(required = true, defaultValue = "true") boolean success,
    @Schema(required = true) SummaryReportOutput data) {}
