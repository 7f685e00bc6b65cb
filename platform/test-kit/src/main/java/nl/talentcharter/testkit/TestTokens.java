package nl.talentcharter.testkit;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Signed JWTs for tests, in the platform's claim convention (the same the embedded default's token
 * issuer uses): {@code roles} (operator, member, partner, viewer), {@code member_id} binding a member
 * user to one organisation, {@code scope} for partner systems.
 *
 * <p>The key pair lives once per JVM; {@link RealInfrastructure} contexts trust its public key.
 */
public final class TestTokens {

    public static final String ISSUER = "https://talentcharter.test/issuer";

    private static final RSAKey KEY = generate();
    private static volatile String publicKeyLocation;

    private TestTokens() {
    }

    public static String operator() {
        return token("operator-" + shortId(), List.of("operator"), null, null);
    }

    public static String viewer() {
        return token("viewer-" + shortId(), List.of("viewer"), null, null);
    }

    /** A user of member organisation {@code memberId}. */
    public static String member(String memberId) {
        return token("member-user-" + shortId(), List.of("member"), memberId, null);
    }

    /** A partner system with the given scopes (space separated in the token). */
    public static String partner(String clientId, String... scopes) {
        return token(clientId, List.of("partner"), null, String.join(" ", scopes));
    }

    /** A token with no role at all: authenticated, authorised for nothing. */
    public static String withoutRoles() {
        return token("nobody-" + shortId(), List.of(), null, null);
    }

    public static String token(String subject, List<String> roles, String memberId, String scope) {
        return sign(subject, roles, memberId, scope, Instant.now().plus(Duration.ofHours(1)));
    }

    /** An expired token, for the 401 path. */
    public static String expired() {
        return sign("late-" + shortId(), List.of("operator"), null, null, Instant.now().minus(Duration.ofMinutes(5)));
    }

    /** A token signed with a key nobody trusts. */
    public static String forged() {
        try {
            RSAKey other = new RSAKeyGenerator(2048).keyID("forged").generate();
            return sign(other, "mallory", List.of("operator"), null, null, Instant.now().plusSeconds(3600));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code file:} location of the PEM public key, for {@code spring.security.oauth2.resourceserver.jwt.public-key-location}. */
    public static String publicKeyLocation() {
        String location = publicKeyLocation;
        if (location == null) {
            synchronized (TestTokens.class) {
                if (publicKeyLocation == null) {
                    publicKeyLocation = writePublicKey();
                }
                location = publicKeyLocation;
            }
        }
        return location;
    }

    private static String sign(String subject, List<String> roles, String memberId, String scope, Instant expiry) {
        return sign(KEY, subject, roles, memberId, scope, expiry);
    }

    private static String sign(RSAKey key, String subject, List<String> roles, String memberId, String scope,
            Instant expiry) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(subject)
                .issueTime(Date.from(Instant.now().minusSeconds(5)))
                .expirationTime(Date.from(expiry))
                .jwtID(UUID.randomUUID().toString())
                .claim("roles", roles);
        if (memberId != null) {
            claims.claim("member_id", memberId);
        }
        if (scope != null) {
            claims.claim("scope", scope);
        }
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                    claims.build());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String writePublicKey() {
        try {
            byte[] der = KEY.toRSAPublicKey().getEncoded();
            String pem = "-----BEGIN PUBLIC KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                    + "\n-----END PUBLIC KEY-----\n";
            Path file = Files.createTempFile("talentcharter-test-jwt", ".pem");
            Files.writeString(file, pem);
            file.toFile().deleteOnExit();
            return file.toUri().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyID("test-kit").generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String shortId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
