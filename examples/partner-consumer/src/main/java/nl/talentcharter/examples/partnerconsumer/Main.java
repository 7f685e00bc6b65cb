package nl.talentcharter.examples.partnerconsumer;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * Prints every valid event of the given topics, one line each, and every invalid record to standard error.
 *
 * <pre>
 * java -jar target/partner-consumer.jar BOOTSTRAP_SERVERS TOPICS GROUP SCHEMA_BASE [CLIENT_PROPERTIES]
 *
 *   BOOTSTRAP_SERVERS  e.g. kafka.talentcharter.example:9092
 *   TOPICS             comma separated, e.g. talentcharter.members,talentcharter.pools
 *   GROUP              your consumer group; it must start with your partner id, e.g. uwv.dashboard
 *   SCHEMA_BASE        https://HOST/schemas/ (the partner gateway), classpath:schemas/ or a directory
 *   CLIENT_PROPERTIES  a Kafka client properties file, e.g. with security.protocol, sasl.mechanism, sasl.jaas.config
 * </pre>
 * Stops cleanly on Ctrl-C: the events in hand are finished and committed first.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4 || args.length > 5) {
            System.err.println("usage: java -jar partner-consumer.jar BOOTSTRAP_SERVERS TOPICS GROUP SCHEMA_BASE"
                    + " [CLIENT_PROPERTIES]");
            System.exit(2);
        }
        Properties kafka = args.length == 5 ? load(Path.of(args[4])) : new Properties();
        kafka.setProperty("bootstrap.servers", args[0]);
        kafka.setProperty("group.id", args[2]);
        List<String> topics = Arrays.stream(args[1].split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();

        PartnerConsumer consumer = new PartnerConsumer(kafka, topics, new SchemaCatalog(SchemaSource.of(args[3])),
                event -> System.out.printf("%s %s subject=%s sequence=%s at %s: %s%n", event.type(), event.id(),
                        event.subject(), event.sequence(), event.position(), event.data()),
                invalid -> System.err.printf("INVALID %s %s %s at %s: %s%n", invalid.type(), invalid.id(),
                        invalid.problems().size() == 1 ? "problem" : "problems", invalid.position(),
                        String.join("; ", invalid.problems())));

        Thread main = Thread.currentThread();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            consumer.stop();
            try {
                main.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        consumer.run();
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            properties.load(in);
        }
        return properties;
    }
}
