package nl.talentcharter.servicekit.security;

import java.util.Locale;
import java.util.Optional;

/** The platform roles, as they travel in the token's {@code roles} claim (lower case) and as authorities. */
public enum Role {
    OPERATOR, MEMBER, PARTNER, VIEWER;

    /** The Spring Security authority, e.g. {@code ROLE_OPERATOR}. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** The claim value, e.g. {@code operator}. */
    public String claimValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<Role> fromClaim(String value) {
        for (Role role : values()) {
            if (role.claimValue().equals(value)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    static Optional<Role> fromAuthority(String authority) {
        for (Role role : values()) {
            if (role.authority().equals(authority)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
