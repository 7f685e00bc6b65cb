package nl.talentcharter.eventkit.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code eventkit.*}: every knob has a default that fits a service of this platform. */
@ConfigurationProperties("eventkit")
public class EventKitProperties {

    /** Kafka bootstrap servers; defaults to the binder's brokers, then {@code spring.kafka.bootstrap-servers}. */
    private String bootstrapServers;

    private final Relay relay = new Relay();
    private final Consumer consumer = new Consumer();

    public String getBootstrapServers() {
        return bootstrapServers;
    }

    public void setBootstrapServers(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    public Relay getRelay() {
        return relay;
    }

    public Consumer getConsumer() {
        return consumer;
    }

    public static class Relay {
        private boolean enabled = true;
        private int batchSize = 200;
        private Duration sweepInterval = Duration.ofSeconds(10);
        private Duration initialBackoff = Duration.ofMillis(200);
        private Duration maxBackoff = Duration.ofSeconds(5);
        /** Producer: how long one record may take from send to acknowledgement before it counts as failed. */
        private Duration deliveryTimeout = Duration.ofSeconds(10);
        /** Producer: how long send() may block for metadata or buffer space; short so a down broker fails fast. */
        private Duration maxBlock = Duration.ofSeconds(3);
        /** How long a crashed relay's open transaction can hold back read_committed consumers. */
        private Duration transactionTimeout = Duration.ofSeconds(15);
        /** Breaker: how long it stays open before one trial round. */
        private Duration openDuration = Duration.ofSeconds(5);

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public int getBatchSize() {
            return batchSize;
        }

        public void setBatchSize(int batchSize) {
            this.batchSize = batchSize;
        }

        public Duration getSweepInterval() {
            return sweepInterval;
        }

        public void setSweepInterval(Duration sweepInterval) {
            this.sweepInterval = sweepInterval;
        }

        public Duration getInitialBackoff() {
            return initialBackoff;
        }

        public void setInitialBackoff(Duration initialBackoff) {
            this.initialBackoff = initialBackoff;
        }

        public Duration getMaxBackoff() {
            return maxBackoff;
        }

        public void setMaxBackoff(Duration maxBackoff) {
            this.maxBackoff = maxBackoff;
        }

        public Duration getDeliveryTimeout() {
            return deliveryTimeout;
        }

        public void setDeliveryTimeout(Duration deliveryTimeout) {
            this.deliveryTimeout = deliveryTimeout;
        }

        public Duration getMaxBlock() {
            return maxBlock;
        }

        public void setMaxBlock(Duration maxBlock) {
            this.maxBlock = maxBlock;
        }

        public Duration getTransactionTimeout() {
            return transactionTimeout;
        }

        public void setTransactionTimeout(Duration transactionTimeout) {
            this.transactionTimeout = transactionTimeout;
        }

        public Duration getOpenDuration() {
            return openDuration;
        }

        public void setOpenDuration(Duration openDuration) {
            this.openDuration = openDuration;
        }
    }

    public static class Consumer {
        /** Attempts for a transient failure before the record goes to the dead-letter topic. */
        private int maxAttempts = 4;
        private Duration initialBackoff = Duration.ofMillis(500);
        private Duration maxBackoff = Duration.ofSeconds(5);

        public int getMaxAttempts() {
            return maxAttempts;
        }

        public void setMaxAttempts(int maxAttempts) {
            this.maxAttempts = maxAttempts;
        }

        public Duration getInitialBackoff() {
            return initialBackoff;
        }

        public void setInitialBackoff(Duration initialBackoff) {
            this.initialBackoff = initialBackoff;
        }

        public Duration getMaxBackoff() {
            return maxBackoff;
        }

        public void setMaxBackoff(Duration maxBackoff) {
            this.maxBackoff = maxBackoff;
        }
    }
}
