package nl.talentcharter.servicekit.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * OpenAPI for every service: titled after {@code spring.application.name}, with the bearer-JWT scheme
 * required on every operation (the open paths are few and not part of a service's API).
 */
@AutoConfiguration
@ConditionalOnClass({ OpenAPI.class, OpenApiCustomizer.class })
public class OpenApiAutoConfiguration {

    public static final String BEARER_SCHEME = "bearer-jwt";

    @Bean
    @ConditionalOnMissingBean
    public OpenAPI serviceOpenApi(Environment environment) {
        String name = environment.getProperty("spring.application.name", "talentcharter-service");
        return new OpenAPI().info(new Info().title(name)
                .description("Talent Charter Limburg: " + name + ". Errors are RFC 9457 problem details "
                        + "(application/problem+json) typed under https://talentcharter.nl/problems/.")
                .version(environment.getProperty("info.app.version", "v1")));
    }

    /** Applied to any OpenAPI, the service's own included, so no service forgets the scheme. */
    @Bean
    public OpenApiCustomizer bearerJwtSecurity() {
        return openApi -> {
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            openApi.getComponents().addSecuritySchemes(BEARER_SCHEME, new SecurityScheme()
                    .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                    .description("A JWT from the platform's token issuer; roles in the `roles` claim"));
            boolean present = openApi.getSecurity() != null
                    && openApi.getSecurity().stream().anyMatch(requirement -> requirement.containsKey(BEARER_SCHEME));
            if (!present) {
                openApi.addSecurityItem(new SecurityRequirement().addList(BEARER_SCHEME));
            }
        };
    }
}
