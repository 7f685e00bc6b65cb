package nl.talentcharter.servicekit.security;

import java.util.List;

/** What answers without a token (docs/conventions.md, Security): probes, metrics, API docs, open data. */
public final class OpenPaths {

    public static final List<String> PATTERNS = List.of(
            "/actuator/health/**",
            "/actuator/info",
            "/actuator/prometheus",
            "/v3/api-docs/**",
            "/swagger-ui/**",
            // springdoc's entry point that redirects to /swagger-ui/index.html
            "/swagger-ui.html",
            "/open-data/**");

    /** Platform administration: operators only, whatever the service. */
    public static final String ADMIN = "/admin/**";

    private OpenPaths() {
    }
}
