package org.outagedesk.security.internal;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description at {@code /v3/api-docs}: title, and bearer authentication with personal API tokens. */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    private static final String BEARER = "personalApiToken";

    @Bean
    OpenAPI outageDeskApi() {
        return new OpenAPI()
                .info(new Info().title("OutageDesk API").version("v1")
                        .description("Report mail problems, follow them, and read incidents. Authenticate with a "
                                + "personal API token (Profile > API tokens) as 'Authorization: Bearer <token>'."))
                .components(new Components().addSecuritySchemes(BEARER,
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }
}
