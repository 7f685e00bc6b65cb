package nl.talentcharter.servicekit.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** The claim mapping and the member rule, without a server: pure units. */
class CallerTest {

    private final ClaimsAuthoritiesConverter converter = new ClaimsAuthoritiesConverter();

    @Test
    void rolesAndScopesBecomeAuthorities() {
        Jwt jwt = jwt("crm-1", List.of("partner", "viewer"), null, "members:read pledges:write");

        assertThat(converter.convert(jwt)).extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_PARTNER", "ROLE_VIEWER", "SCOPE_members:read", "SCOPE_pledges:write");
    }

    @Test
    void unknownRolesGrantNothing() {
        Jwt jwt = jwt("eve", List.of("admin", "OPERATOR", "root"), null, null);

        assertThat(converter.convert(jwt)).isEmpty();
    }

    @Test
    void callerCarriesSubjectRolesMemberAndScopes() {
        Caller caller = caller(jwt("crm-1", List.of("partner"), null, "members:read"));

        assertThat(caller.subject()).isEqualTo("crm-1");
        assertThat(caller.roles()).containsExactly(Role.PARTNER);
        assertThat(caller.scopes()).containsExactly("members:read");
        assertThat(caller.hasScope("members:read")).isTrue();
        assertThat(caller.memberId()).isEmpty();
        assertThat(caller.isOperator()).isFalse();
    }

    @Test
    void aPartnerIsNamedByItsClientIdWithoutTheIssuersPrefix() {
        assertThat(caller(jwt("partner-uwv", List.of("partner"), null, null)).partnerId()).contains("uwv");
        assertThat(caller(jwt("partner-region-zuid", List.of("partner"), null, null)).partnerId()).contains("region-zuid");
        assertThat(caller(jwt("uwv", List.of("partner"), null, null)).partnerId()).contains("uwv");
        assertThat(caller(jwt("partner-", List.of("partner"), null, null)).partnerId()).contains("partner-");
        assertThat(caller(jwt("partner-uwv", List.of("viewer"), null, null)).partnerId()).isEmpty();
    }

    @Test
    void aMemberReachesOnlyItsOwnOrganisation() {
        Caller caller = caller(jwt("anna", List.of("member"), "acme", null));

        assertThat(caller.memberId()).contains("acme");
        assertThat(caller.canAccessMember("acme")).isTrue();
        assertThat(caller.canAccessMember("globex")).isFalse();
        assertThat(caller.canAccessMember(null)).isFalse();
        caller.requireAccessToMember("acme");
        assertThatThrownBy(() -> caller.requireAccessToMember("globex")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anOperatorReachesEveryMember() {
        Caller caller = caller(jwt("olga", List.of("operator"), null, null));

        assertThat(caller.isOperator()).isTrue();
        assertThat(caller.canAccessMember("acme")).isTrue();
    }

    @Test
    void aMemberIdClaimWithoutTheMemberRoleGrantsNoMember() {
        Caller caller = caller(jwt("vic", List.of("viewer"), "acme", null));

        assertThat(caller.memberId()).isEmpty();
        assertThat(caller.canAccessMember("acme")).isFalse();
    }

    @Test
    void aRequestWithoutBearerTokenHasNoCaller() {
        assertThatThrownBy(() -> Caller.from(new TestingAuthenticationToken("x", "y")))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> Caller.from(null)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    private Caller caller(Jwt jwt) {
        return Caller.from(new JwtAuthenticationToken(jwt, converter.convert(jwt)));
    }

    private static Jwt jwt(String subject, List<String> roles, String memberId, String scope) {
        Jwt.Builder builder = Jwt.withTokenValue("t").header("alg", "RS256").subject(subject)
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60)).claim("roles", roles);
        if (memberId != null) {
            builder.claim("member_id", memberId);
        }
        if (scope != null) {
            builder.claim("scope", scope);
        }
        return builder.build();
    }
}
