package nl.talentcharter.partnergateway.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WebhookTargetTest {

    @Test
    void inProductionOnlyHttpsToPublicAddressesIsAccepted() {
        assertThat(WebhookTarget.check("https://93.184.215.14/hooks", true, false)).isEqualTo("https://93.184.215.14/hooks");
        for (String inside : new String[] {"https://127.0.0.1/x", "https://10.0.0.7/x", "https://192.168.1.2/x",
                "https://172.16.0.1/x", "https://169.254.169.254/latest/meta-data", "https://[::1]/x",
                "https://[fd00::1]/x", "https://0.0.0.0/x"}) {
            assertThatThrownBy(() -> WebhookTarget.check(inside, true, false)).as(inside)
                    .isInstanceOf(InvalidSubscription.class).hasMessageContaining("not a public address");
        }
        assertThatThrownBy(() -> WebhookTarget.check("http://93.184.215.14/hooks", true, false))
                .isInstanceOf(InvalidSubscription.class).hasMessageContaining("https");
    }

    @Test
    void locallyLoopbackAndHttpAreFineButNeverCredentialsOrOtherSchemes() {
        assertThat(WebhookTarget.check("http://127.0.0.1:8999/hook", false, true)).isEqualTo("http://127.0.0.1:8999/hook");
        assertThatThrownBy(() -> WebhookTarget.check("ftp://example.org/x", false, true))
                .isInstanceOf(InvalidSubscription.class);
        assertThatThrownBy(() -> WebhookTarget.check("https://user:pw@example.org/x", false, true))
                .isInstanceOf(InvalidSubscription.class);
        assertThatThrownBy(() -> WebhookTarget.check("not a url", false, true)).isInstanceOf(InvalidSubscription.class);
        assertThatThrownBy(() -> WebhookTarget.check(null, false, true)).isInstanceOf(InvalidSubscription.class);
    }
}
