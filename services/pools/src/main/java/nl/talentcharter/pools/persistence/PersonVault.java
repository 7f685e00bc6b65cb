package nl.talentcharter.pools.persistence;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * One AES-256-GCM key per person (ADR 0101). Personal data is stored only sealed with it; erasing the key
 * (crypto-shredding) makes every copy unreadable, including copies in backups.
 */
@Component
public class PersonVault {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private final MongoTemplate mongo;
    private final SecureRandom random = new SecureRandom();

    public PersonVault(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Document("person-keys")
    static class PersonKey {
        @Id
        String personId;
        String key;
    }

    public String seal(String personId, byte[] plain) {
        SecretKey key = keyOf(personId).orElseGet(() -> newKey(personId));
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(personId.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain);
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal personal data", e);
        }
    }

    /** Empty when the person's key was destroyed. */
    public Optional<byte[]> open(String personId, String sealed) {
        if (sealed == null) {
            return Optional.empty();
        }
        return keyOf(personId).map(key -> {
            try {
                byte[] all = Base64.getDecoder().decode(sealed);
                Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
                cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
                cipher.updateAAD(personId.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                return cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("sealed personal data of " + personId + " does not open", e);
            }
        });
    }

    public void shred(String personId) {
        mongo.remove(Query.query(Criteria.where("_id").is(personId)), PersonKey.class);
    }

    private Optional<SecretKey> keyOf(String personId) {
        PersonKey found = mongo.findById(personId, PersonKey.class);
        return Optional.ofNullable(found).map(k -> new SecretKeySpec(Base64.getDecoder().decode(k.key), "AES"));
    }

    private SecretKey newKey(String personId) {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256, random);
            SecretKey key = generator.generateKey();
            PersonKey document = new PersonKey();
            document.personId = personId;
            document.key = Base64.getEncoder().encodeToString(key.getEncoded());
            mongo.insert(document);
            return key;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot create a person key", e);
        }
    }
}
