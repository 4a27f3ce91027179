package dev.chatinbox.api.rest;

import dev.chatinbox.api.problem.Problem;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API of Chat Inbox, authenticated by MicroProfile JWT bearer tokens. */
@ApplicationPath("/api/v1")
@LoginConfig(authMethod = "MP-JWT", realmName = "chat-inbox")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Chat Inbox API",
            version = "1",
            description =
                "Team inbox over SMS, WhatsApp (Twilio) and email (SendGrid).\n\n"
                    + "Conventions (see README, 'API decisions'):\n"
                    + "- Success: HTTP 2xx, body {\"success\": true, \"data\": ...}; list data is {data: [...], meta: {...}}.\n"
                    + "- Errors: application/problem+json {success:false, type, title, status, detail, instance, errors[{field,message}]}.\n"
                    + "- Every endpoint needs 'Authorization: Bearer <JWT>' (roles in 'groups': ADMIN, USER, CUST); CUST has no inbox access.\n"
                    + "- A conversation that does not exist or is not visible to the caller is 404.\n"
                    + "- Ids are UUIDs; timestamps ISO 8601 UTC with milliseconds; page >= 1, 1 <= pageSize <= 200.\n"
                    + "- Query values are checked: unknown enum values or out-of-range numbers are 400 naming the parameter.\n"
                    + "- Real-time: WebSocket /ws/conversations (token as ?token=, Authorization header or subprotocol 'bearer, <token>'; actions subscribe/unsubscribe/ping, resume with since) and polling GET /api/v1/conversations/updates with a cursor; see README 'Real-time updates'.\n"
                    + "- Carrier webhooks under /api/v1/webhooks need no token: they are verified by the carriers' signatures.",
            license =
                @License(name = "Apache-2.0", url = "https://www.apache.org/licenses/LICENSE-2.0")),
    security = @SecurityRequirement(name = "bearerAuth"),
    components = @Components(schemas = @Schema(name = "Problem", implementation = Problem.class)))
@SecurityScheme(
    securitySchemeName = "bearerAuth",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "JWT")
public class ChatApiApplication extends Application {}
