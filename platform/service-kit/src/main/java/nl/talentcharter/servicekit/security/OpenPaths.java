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
            "/open-data/**");

    /** Platform administration: operators only, whatever the service. */
    public static final String ADMIN = "/admin/**";

    private OpenPaths() {
    }
}
