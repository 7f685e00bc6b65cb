package nl.talentcharter.devstack.issuer;

import java.util.Set;
import java.util.TreeSet;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * Writes the platform's claims into every access token (docs/conventions.md, "Security"):
 * {@code roles}, {@code member_id} for a member user, {@code scope} as one space-separated string for
 * partner systems.
 */
public final class PlatformClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    static final String ROLES = "roles";
    static final String MEMBER_ID = "member_id";
    static final String SCOPE = "scope";

    private final DemoMemberBinding binding;

    public PlatformClaims(DemoMemberBinding binding) {
        this.binding = binding;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
            return;
        }
        String clientId = context.getRegisteredClient().getClientId();
        DemoClient client = DemoClients.byId(clientId).orElseThrow(() -> refuse(OAuth2ErrorCodes.INVALID_CLIENT,
                "client " + clientId + " has no roles in this issuer"));
        context.getClaims().claim(ROLES, client.roles());
        if (client.boundToDemoMember()) {
            String memberId = binding.demoMemberId().orElseThrow(() -> refuse(OAuth2ErrorCodes.SERVER_ERROR,
                    "the demo member of " + clientId + " is not seeded yet: start the devstack with the members service"));
            context.getClaims().claim(MEMBER_ID, memberId);
        }
        if (client.scopes().isEmpty()) {
            context.getClaims().claims(claims -> claims.remove(SCOPE));
        } else {
            Set<String> granted = context.getAuthorizedScopes().isEmpty()
                    ? client.scopes() : context.getAuthorizedScopes();
            context.getClaims().claim(SCOPE, String.join(" ", new TreeSet<>(granted)));
        }
    }

    private static OAuth2AuthenticationException refuse(String code, String description) {
        return new OAuth2AuthenticationException(new OAuth2Error(code, description, null));
    }
}
