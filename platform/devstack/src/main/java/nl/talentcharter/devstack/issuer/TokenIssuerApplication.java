package nl.talentcharter.devstack.issuer;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import nl.talentcharter.devstack.seed.DemoDataLedger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.util.StringUtils;

/**
 * The local OAuth2 token issuer (Spring Authorization Server, client-credentials grant only).
 *
 * <p>Inside the devstack it is one more Spring Boot context in the same JVM; in docker-compose.yml it
 * runs alone from this module's {@code -exec.jar}. It imports only the web server and security it
 * needs: the devstack's classpath also holds every service's Kafka, MongoDB and kit auto-configurations,
 * which have no business here.
 *
 * <p>Properties: {@code talentcharter.issuer.key-file} (the persisted signing key),
 * {@code talentcharter.issuer.url} (the {@code iss} claim; by default the URL the request came in on),
 * {@code talentcharter.issuer.ledger-uri} (read the demo member binding from the devstack's store) or
 * {@code talentcharter.issuer.demo-member-id} (give it directly).
 */
@SpringBootConfiguration
@EnableWebSecurity
@ImportAutoConfiguration({PropertyPlaceholderAutoConfiguration.class, TomcatServletWebServerAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
        WebMvcAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class, JacksonAutoConfiguration.class})
public class TokenIssuerApplication {

    static final Duration TOKEN_LIFETIME = Duration.ofHours(8);

    public static void main(String[] args) {
        builder().run(args);
    }

    /**
     * Reads {@code token-issuer.properties|yaml} only: the classpath's {@code application.yaml} belongs to
     * a service jar that happens to be on the same classpath.
     */
    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(TokenIssuerApplication.class).properties("spring.config.name=token-issuer");
    }

    @Bean
    SecurityFilterChain tokenEndpoints(HttpSecurity http) throws Exception {
        http.oauth2AuthorizationServer(server -> http.securityMatcher(server.getEndpointsMatcher()))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated());
        return http.build();
    }

    @Bean
    RegisteredClientRepository demoClients() {
        return new InMemoryRegisteredClientRepository(DemoClients.ALL.stream().map(TokenIssuerApplication::registered).toList());
    }

    @Bean
    JWKSource<SecurityContext> signingKeys(@Value("${talentcharter.issuer.key-file:.devstack/issuer/signing-key.json}") Path keyFile) {
        return new ImmutableJWKSet<>(new JWKSet(SigningKey.loadOrCreate(keyFile)));
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(@Value("${talentcharter.issuer.url:}") String issuerUrl) {
        AuthorizationServerSettings.Builder settings = AuthorizationServerSettings.builder();
        return StringUtils.hasText(issuerUrl) ? settings.issuer(issuerUrl).build() : settings.build();
    }

    @Bean
    PlatformClaims platformClaims(DemoMemberBinding binding) {
        return new PlatformClaims(binding);
    }

    @Bean
    DemoMemberBinding demoMemberBinding(@Value("${talentcharter.issuer.ledger-uri:}") String ledgerUri,
            @Value("${talentcharter.issuer.demo-member-id:}") String demoMemberId) {
        if (StringUtils.hasText(ledgerUri)) {
            DemoDataLedger ledger = new DemoDataLedger(ledgerUri);
            return new LedgerBinding(ledger);
        }
        Optional<String> fixed = Optional.of(demoMemberId).filter(StringUtils::hasText);
        return () -> fixed;
    }

    /** The ledger lives as long as the issuer's context. */
    record LedgerBinding(DemoDataLedger ledger) implements DemoMemberBinding, AutoCloseable {
        @Override
        public Optional<String> demoMemberId() {
            return ledger.boundMemberId();
        }

        @Override
        public void close() {
            ledger.close();
        }
    }

    private static RegisteredClient registered(DemoClient client) {
        return RegisteredClient.withId(client.clientId())
                .clientId(client.clientId())
                .clientSecret("{noop}" + client.secret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .scopes(scopes -> scopes.addAll(client.scopes()))
                .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(TOKEN_LIFETIME).build())
                .build();
    }
}
