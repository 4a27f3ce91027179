package dev.chatinbox.api.rest.common;

import dev.chatinbox.core.domain.shared.PageRequest;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The {@code page} / {@code pageSize} query parameters every paged list takes ({@code @BeanParam}),
 * documented once. Read as strings so that bad values are a 400 naming them (see {@link
 * QueryParams}).
 */
public class PageParams {
  @QueryParam("page")
  @Parameter(
      schema =
          @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "10000", defaultValue = "1"))
  private String page;

  @QueryParam("pageSize")
  @Parameter(
      schema =
          @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200", defaultValue = "50"))
  private String pageSize;

  /** The page asked for, or the defaults; bad values are recorded in {@code params}. */
  public PageRequest read(QueryParams params) {
    return params.page(page, pageSize);
  }
}
