package nl.talentcharter.events.web;

import nl.talentcharter.servicekit.problem.ProblemResponseWriter;
import nl.talentcharter.servicekit.security.ServiceSecurityAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Guests register for open gatherings without an account, so {@code /public/**} answers without a token
 * (rate limited and validated instead, ADR 0072). Everything else keeps the platform's chain exactly: it is
 * built by the service-kit's own method, because declaring any chain here makes the kit's default step back.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String PUBLIC = "/public/**";

    @Bean
    @Order(1)
    SecurityFilterChain guestChain(HttpSecurity http) throws Exception {
        return http.securityMatcher(PUBLIC)
                .csrf(AbstractHttpConfigurer::disable) // no cookies, no session: nothing to forge
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain serviceChain(HttpSecurity http, ServiceSecurityAutoConfiguration kit,
            JwtAuthenticationConverter converter, ProblemResponseWriter problems) throws Exception {
        return kit.serviceSecurityFilterChain(http, converter, problems);
    }
}
