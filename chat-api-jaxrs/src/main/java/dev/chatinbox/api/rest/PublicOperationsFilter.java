package dev.chatinbox.api.rest;

import dev.chatinbox.core.spi.carrier.CarrierWebhook;
import java.util.ArrayList;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;

/**
 * Marks the carrier webhooks as needing no bearer token ({@code security: []}), which the
 * annotations cannot express: they are verified by the carriers' signatures instead.
 */
public class PublicOperationsFilter implements OASFilter {
  static final String WEBHOOKS = CarrierWebhook.BASE_PATH;

  @Override
  public PathItem filterPathItem(PathItem pathItem) {
    return pathItem;
  }

  @Override
  public void filterOpenAPI(org.eclipse.microprofile.openapi.models.OpenAPI openAPI) {
    if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
      return;
    }
    openAPI
        .getPaths()
        .getPathItems()
        .forEach(
            (path, item) -> {
              if (path.startsWith(WEBHOOKS) && item.getOperations() != null) {
                for (Operation operation : item.getOperations().values()) {
                  operation.setSecurity(new ArrayList<>());
                }
              }
            });
  }
}
