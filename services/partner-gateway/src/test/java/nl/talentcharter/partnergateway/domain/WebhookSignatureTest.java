package nl.talentcharter.partnergateway.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    private static final byte[] BODY = "{\"eventId\":\"e-1\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void isTheHmacSha256OfIdTimestampAndBodyAsDocumentedForPartners() throws Exception {
        // what a partner computes with nothing but the JDK, from the README's description
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec("partner-secret-123".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        mac.update("id-1.1700000000.".getBytes(StandardCharsets.UTF_8));
        String expected = HexFormat.of().formatHex(mac.doFinal(BODY));

        assertThat(WebhookSignature.header("partner-secret-123", "id-1", 1_700_000_000L, BODY))
                .isEqualTo("t=1700000000,v1=" + expected);
    }

    @Test
    void verifiesOnlyTheSameSecretIdAndBody() {
        String header = WebhookSignature.header("partner-secret-123", "id-1", 1_700_000_000L, BODY);

        assertThat(WebhookSignature.verify("partner-secret-123", "id-1", header, BODY)).isTrue();
        assertThat(WebhookSignature.verify("another-secret-456", "id-1", header, BODY)).isFalse();
        assertThat(WebhookSignature.verify("partner-secret-123", "id-2", header, BODY)).isFalse();
        assertThat(WebhookSignature.verify("partner-secret-123", "id-1", header, "{}".getBytes(StandardCharsets.UTF_8)))
                .isFalse();
        assertThat(WebhookSignature.verify("partner-secret-123", "id-1", header.replace("t=1700000000", "t=1700000001"),
                BODY)).isFalse();
        assertThat(WebhookSignature.verify("partner-secret-123", "id-1", "v1=zz", BODY)).isFalse();
        assertThat(WebhookSignature.verify("partner-secret-123", "id-1", null, BODY)).isFalse();
    }
}
