package nl.talentcharter.servicekit.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who is calling: the authenticated subject of the request's bearer token, with its roles, its member
 * organisation (for {@code member} users) and its scopes (for partner systems).
 *
 * <p>Take it as a controller method argument ({@code Caller caller}) or with {@link #current()}.
 * Roles and scopes are read from the granted authorities, so they always agree with what
 * {@code @PreAuthorize} sees.
 */
public final class Caller {

    static final String MEMBER_ID_CLAIM = "member_id";

    private static final String PARTNER_CLIENT_PREFIX = "partner-";

    private final String subject;
    private final Set<Role> roles;
    private final String memberId;
    private final Set<String> scopes;

    public Caller(String subject, Set<Role> roles, String memberId, Set<String> scopes) {
        this.subject = Objects.requireNonNull(subject, "subject");
        this.roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        this.memberId = memberId == null || memberId.isBlank() ? null : memberId;
        this.scopes = Set.copyOf(scopes);
    }

    /** The caller of the request being handled on this thread. */
    public static Caller current() {
        return from(SecurityContextHolder.getContext().getAuthentication());
    }

    public static Caller from(Authentication authentication) {
        if (!(authentication instanceof JwtAuthenticationToken token)) {
            throw new AuthenticationCredentialsNotFoundException("This request carries no bearer token");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Set<String> scopes = new TreeSet<>();
        for (GrantedAuthority authority : authorities(token.getAuthorities())) {
            String name = authority.getAuthority();
            Role.fromAuthority(name).ifPresent(roles::add);
            if (name != null && name.startsWith("SCOPE_")) {
                scopes.add(name.substring("SCOPE_".length()));
            }
        }
        return new Caller(token.getToken().getSubject(), roles,
                token.getToken().getClaimAsString(MEMBER_ID_CLAIM), scopes);
    }

    public String subject() {
        return subject;
    }

    public Set<Role> roles() {
        return roles;
    }

    /** The member organisation a {@code member} user belongs to; empty for everybody else. */
    public Optional<String> memberId() {
        return roles.contains(Role.MEMBER) ? Optional.ofNullable(memberId) : Optional.empty();
    }

    public Set<String> scopes() {
        return scopes;
    }

    /**
     * The partner system a {@code partner} caller is, as it appears in its CloudEvents source
     * {@code /partners/<id>}: the client id without the issuer's conventional {@code partner-} prefix, so that
     * the gateway and every service name one partner alike. Empty for everybody else.
     */
    public Optional<String> partnerId() {
        if (!roles.contains(Role.PARTNER)) {
            return Optional.empty();
        }
        return Optional.of(subject.startsWith(PARTNER_CLIENT_PREFIX) && subject.length() > PARTNER_CLIENT_PREFIX.length()
                ? subject.substring(PARTNER_CLIENT_PREFIX.length()) : subject);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean hasScope(String scope) {
        return scopes.contains(scope);
    }

    public boolean isOperator() {
        return hasRole(Role.OPERATOR);
    }

    /** Operators reach every member; a member user only its own organisation; nobody else any. */
    public boolean canAccessMember(String memberId) {
        if (isOperator()) {
            return true;
        }
        return memberId != null && memberId().map(memberId::equals).orElse(false);
    }

    /** @throws AccessDeniedException (answered as 403) when {@link #canAccessMember} says no */
    public void requireAccessToMember(String memberId) {
        if (!canAccessMember(memberId)) {
            throw new AccessDeniedException(subject + " may not access member " + memberId);
        }
    }

    private static Collection<? extends GrantedAuthority> authorities(Collection<? extends GrantedAuthority> authorities) {
        return authorities == null ? Set.of() : authorities;
    }

    @Override
    public String toString() {
        return "Caller[" + subject + ", roles=" + roles + (memberId == null ? "" : ", member=" + memberId)
                + (scopes.isEmpty() ? "" : ", scopes=" + scopes) + "]";
    }
}
