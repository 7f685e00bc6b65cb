package nl.talentcharter.devstack.issuer;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.util.UUID;

/**
 * The issuer's RSA signing key, kept in one JWK file so that tokens (and the services' cached JWK
 * sets) stay valid across restarts of the devstack.
 */
public final class SigningKey {

    private SigningKey() {
    }

    /** Reads the key from {@code file}, or creates and stores a new one there on first use. */
    public static RSAKey loadOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                return RSAKey.parse(Files.readString(file));
            }
            RSAKey key = new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE)
                    .keyID("devstack-" + UUID.randomUUID().toString().substring(0, 8)).generate();
            Files.createDirectories(file.getParent());
            Path partial = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(partial, key.toJSONString());
            restrictToOwner(partial);
            Files.move(partial, file);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the signing key " + file, e);
        } catch (ParseException e) {
            throw new IllegalStateException("the signing key " + file + " is not a JWK; delete it to get a new one", e);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void restrictToOwner(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException notPosix) {
            // Windows: the folder's ACL applies; the key is a local demo key anyway
        }
    }
}
