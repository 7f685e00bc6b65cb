package nl.talentcharter.partnergateway.web;

import nl.talentcharter.servicekit.problem.ProblemResponseWriter;
import nl.talentcharter.servicekit.security.ServiceSecurityAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The contracts (AsyncAPI document, JSON Schemas) are read without a token: a partner needs them before it has
 * any, and they hold nothing secret. Everything else keeps the platform's chain exactly, built by the
 * service-kit's own method (declaring any chain here makes the kit's default step back).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain contractsChain(HttpSecurity http) throws Exception {
        return http.securityMatcher("/contracts/**", "/schemas/**")
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.GET).permitAll()
                        .anyRequest().denyAll())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain serviceChain(HttpSecurity http, ServiceSecurityAutoConfiguration kit,
            JwtAuthenticationConverter converter, ProblemResponseWriter problems) throws Exception {
        return kit.serviceSecurityFilterChain(http, converter, problems);
    }
}
