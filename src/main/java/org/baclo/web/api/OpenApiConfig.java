package org.baclo.web.api;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ProblemDetail;

/**
 * The OpenAPI document (served at /v3/api-docs, browsable at /swagger-ui.html): header,
 * security schemes, and the problem responses every endpoint can give, added to each
 * operation next to its generated success response.
 */
@Configuration
@OpenAPIDefinition(info = @Info(title = "Baclo API", version = "v1",
        description = "Patients, plans and safety checks for baclofen therapy. Errors are RFC 7807 problem documents"
                + " with a stable code (docs/api-errors.md) and field errors. Baclo supports, and does not replace, a clinician's"
                + " judgement."),
        security = { @SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic") })
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "A personal API token from POST /api/v1/me/tokens or the account page")
@SecurityScheme(name = "basic", type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "Username and password; verified once, then reused for up to a minute (docs/security.md)")
class OpenApiConfig {

    private static final Map<String, String> ERRORS = Map.of("400",
            "Invalid input: a problem document with a stable code and field errors", "401",
            "Not authenticated: send a bearer token or HTTP Basic credentials", "403", "Your role may not do this",
            "404", "No such resource that you may see", "406", "The Accept header admits no JSON; nothing was done",
            "500", "Internal error; nothing was saved half-way");

    @Bean
    OperationCustomizer problemResponses() {
        return (operation, handler) -> {
            ERRORS.forEach((code, text) -> operation.getResponses()
                .putIfAbsent(code, new ApiResponse().description(text)
                    .content(new Content().addMediaType("application/problem+json",
                            new MediaType().schema(new Schema<>().$ref("#/components/schemas/ProblemDetail"))))));
            return operation;
        };
    }

    @Bean
    OpenApiCustomizer problemSchema() {
        return api -> ModelConverters.getInstance()
            .read(ProblemDetail.class)
            .forEach((name, schema) -> api.getComponents().addSchemas(name, schema));
    }

}
