package nl.talentcharter.servicekit.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import nl.talentcharter.testkit.TestInfrastructure;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/** The indicator against the real shared broker, and against an address where no broker listens. */
class KafkaHealthIndicatorTest {

    private final MutableClock clock = new MutableClock();

    @Test
    void upWithTheClusterWhenTheBrokerAnswers() throws Exception {
        KafkaHealthIndicator indicator = indicator(TestInfrastructure.get().kafkaBootstrapServers());
        try {
            Health health = indicator.health();

            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsKey("clusterId");
            assertThat((Integer) health.getDetails().get("brokers")).isPositive();
        } finally {
            indicator.destroy();
        }
    }

    @Test
    void downWhenNoBrokerListens() throws Exception {
        KafkaHealthIndicator indicator = indicator("localhost:" + freePort());
        try {
            assertThat(indicator.health().getStatus()).isEqualTo(Status.DOWN);
        } finally {
            indicator.destroy();
        }
    }

    @Test
    void probesWithinTheCacheWindowShareOneAnswer() throws Exception {
        KafkaHealthIndicator indicator = indicator("localhost:" + freePort());
        try {
            Health first = indicator.health();
            clock.advance(Duration.ofSeconds(4));
            assertThat(indicator.health()).isSameAs(first);
            clock.advance(Duration.ofSeconds(1));
            assertThat(indicator.health()).isNotSameAs(first);
        } finally {
            indicator.destroy();
        }
    }

    private KafkaHealthIndicator indicator(String bootstrap) {
        return new KafkaHealthIndicator(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap),
                Duration.ofSeconds(1), Duration.ofSeconds(5), clock);
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static final class MutableClock extends Clock {

        private Instant now = Instant.parse("2026-03-01T10:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
