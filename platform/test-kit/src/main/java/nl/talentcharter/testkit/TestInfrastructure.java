package nl.talentcharter.testkit;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * One real Kafka broker and one MongoDB store per test JVM, started lazily on first use.
 *
 * <p>Where a Docker engine answers, Testcontainers runs {@code apache/kafka-native} and {@code mongo:8}
 * (as a single-node replica set, so sessions and change streams behave as in production). Where not,
 * an embedded KRaft broker and {@code mongo-java-server} take over. The choice can be forced with
 * {@code -Dtalentcharter.test.infrastructure=embedded|containers}.
 *
 * <p>Nothing is stopped from a shutdown hook on purpose: closing the broker while Spring still closes
 * its producers makes Surefire wait and kill the fork (stack.md). The JVM's exit ends both.
 */
public final class TestInfrastructure {

    private static final Logger log = LoggerFactory.getLogger(TestInfrastructure.class);
    private static final AtomicInteger databases = new AtomicInteger();
    private static volatile TestInfrastructure instance;

    private final String kafkaBootstrapServers;
    private final MongoEndpoint mongo;
    private final String kind;

    private TestInfrastructure(String kafkaBootstrapServers, MongoEndpoint mongo, String kind) {
        this.kafkaBootstrapServers = kafkaBootstrapServers;
        this.mongo = mongo;
        this.kind = kind;
    }

    /** The shared infrastructure of this JVM, started on first call. */
    public static TestInfrastructure get() {
        TestInfrastructure local = instance;
        if (local == null) {
            synchronized (TestInfrastructure.class) {
                local = instance;
                if (local == null) {
                    local = start();
                    instance = local;
                }
            }
        }
        return local;
    }

    public String kafkaBootstrapServers() {
        return kafkaBootstrapServers;
    }

    /** A connection string for {@code database} on the shared store. */
    public String mongoUri(String database) {
        return mongo.uri(database);
    }

    /** A database name no other context of this JVM uses. */
    public static String freshDatabaseName() {
        return "test_" + databases.incrementAndGet() + "_" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** "embedded" or "containers". */
    public String kind() {
        return kind;
    }

    private static TestInfrastructure start() {
        String wanted = System.getProperty("talentcharter.test.infrastructure", "auto");
        boolean containers = switch (wanted) {
            case "containers" -> true;
            case "embedded" -> false;
            default -> dockerAvailable();
        };
        return containers ? startContainers() : startEmbedded();
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (Throwable e) {
            return false;
        }
    }

    private static TestInfrastructure startEmbedded() {
        long started = System.nanoTime();
        EmbeddedKafkaKraftBroker kafka = new EmbeddedKafkaKraftBroker(1, 3);
        kafka.brokerProperties(Map.of(
                "auto.create.topics.enable", "true",
                "group.initial.rebalance.delay.ms", "0",
                "offsets.topic.num.partitions", "5",
                // one broker: transactions (event-kit's relay) need the state log to fit on it
                "transaction.state.log.replication.factor", "1",
                "transaction.state.log.min.isr", "1"));
        kafka.afterPropertiesSet();
        EmbeddedMongo mongo = EmbeddedMongo.inMemory();
        log.info("test infrastructure: embedded KRaft broker {} and mongo-java-server on port {} in {} ms",
                kafka.getBrokersAsString(), mongo.port(), (System.nanoTime() - started) / 1_000_000);
        return new TestInfrastructure(kafka.getBrokersAsString(), mongo::uri, "embedded");
    }

    @SuppressWarnings("resource")
    private static TestInfrastructure startContainers() {
        KafkaContainer kafka = new KafkaContainer("apache/kafka-native:4.1.2");
        MongoDBContainer mongo = new MongoDBContainer("mongo:8");
        kafka.start();
        mongo.start();
        log.info("test infrastructure: Testcontainers Kafka {} and MongoDB replica set {}",
                kafka.getBootstrapServers(), mongo.getReplicaSetUrl());
        return new TestInfrastructure(kafka.getBootstrapServers(), mongo::getReplicaSetUrl, "containers");
    }

    @FunctionalInterface
    private interface MongoEndpoint {
        String uri(String database);
    }
}
