package nl.talentcharter.servicekit.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Authorities from the platform's claims: {@code roles} (array) to {@code ROLE_*}, {@code scope}
 * (space separated) to {@code SCOPE_*}. Unknown role names grant nothing: a typo in an issuer never
 * turns into an unexpected permission.
 */
public final class ClaimsAuthoritiesConverter implements Converter<Jwt, Collection<GrantedAuthority>> {

    static final String ROLES_CLAIM = "roles";
    static final String SCOPE_CLAIM = "scope";

    private static final Logger log = LoggerFactory.getLogger(ClaimsAuthoritiesConverter.class);

    @Override
    public Collection<GrantedAuthority> convert(Jwt jwt) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        for (String value : values(jwt.getClaim(ROLES_CLAIM))) {
            Role.fromClaim(value).ifPresentOrElse(role -> authorities.add(new SimpleGrantedAuthority(role.authority())),
                    () -> log.warn("Ignoring unknown role '{}' in the token of {}", value, jwt.getSubject()));
        }
        for (String scope : values(jwt.getClaim(SCOPE_CLAIM))) {
            authorities.add(new SimpleGrantedAuthority("SCOPE_" + scope));
        }
        return authorities;
    }

    /** A claim given as a JSON array or as one space-separated string. */
    private static List<String> values(Object claim) {
        List<String> values = new ArrayList<>();
        if (claim instanceof Collection<?> collection) {
            collection.forEach(item -> values.addAll(values(item)));
        } else if (claim instanceof String text) {
            for (String part : text.trim().split("\\s+")) {
                if (!part.isEmpty()) {
                    values.add(part);
                }
            }
        }
        return values;
    }
}
