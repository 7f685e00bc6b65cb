package nl.talentcharter.benchmarks.projection;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import nl.talentcharter.contracts.Topics;
import nl.talentcharter.contracts.events.EventsEvents;
import nl.talentcharter.contracts.members.MemberEvents;
import nl.talentcharter.contracts.pools.PoolEvents;
import nl.talentcharter.eventkit.inbound.InboundEvents;
import nl.talentcharter.monitoring.MonitoringApplication;
import nl.talentcharter.monitoring.application.KpiAnnouncer;
import nl.talentcharter.monitoring.application.KpiQueries;
import nl.talentcharter.monitoring.domain.Cut;
import nl.talentcharter.monitoring.domain.Kpi;
import nl.talentcharter.monitoring.domain.Period;
import nl.talentcharter.monitoring.messaging.EventFacts;
import nl.talentcharter.testkit.EmbeddedMongo;
import nl.talentcharter.testkit.KafkaBrokerProcess;
import nl.talentcharter.testkit.TestTokens;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.cloud.stream.binding.BindingsLifecycleController;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Monitoring's projection against a raw Kafka consumer, on the same topics in the same run (issue 7: at least
 * 0.5x). A real broker in its own process and the MongoDB-protocol store; {@link SyntheticAlliance} puts N
 * events (default 1,000,000, {@code -Dbenchmark.events=}) on the five service topics first (not timed).
 * <ul>
 *   <li><b>Raw consumer</b>: a plain {@code KafkaConsumer} of a fresh group reads the five topics from the
 *   beginning and looks at each record's {@code ce_type}; the clock runs until it has seen N records. Measured
 *   before and after the projection; the better of the two is the baseline.</li>
 *   <li><b>Projection</b>: the monitoring application itself (its Spring context, bindings, parsing with schema
 *   validation, tolerant reading, fact log, member directory, announcements), its bindings held until the clock
 *   starts; the clock runs until it has applied N events ({@code monitoring.events.applied}). Reported separately:
 *   when every recorded fact's KPI cells were announced (the announcer works behind the consumers).</li>
 *   <li><b>Reading consumers</b> (ADR 0127), after the projection, warm: a thread per core reads the topics and
 *   parses, validates and reads each record as the projection does, but stores nothing: the ceiling of any
 *   projection that validates every event, on this machine.</li>
 * </ul>
 * Afterwards the figures are checked against what was generated (members joined, registrations, placements):
 * nothing may be lost or counted twice.
 *
 * <p>Run: {@code ./mvnw -B -q install -DskipTests -pl services/monitoring,platform/benchmarks -am && ./mvnw -B -q -pl platform/benchmarks -Pprojection compile exec:exec}
 */
public final class MonitoringProjectionBenchmark {

    static final List<String> BINDINGS = List.of("memberEvents-in-0", "hrScanEvents-in-0", "eventsEvents-in-0",
            "sprintEvents-in-0", "poolEvents-in-0", "partnerEvents-in-0");
    static final List<String> TOPICS = List.of(Topics.MEMBERS, Topics.HR_SCANS, Topics.SPRINTS, Topics.EVENTS,
            Topics.POOLS);

    public static void main(String[] args) throws Exception {
        int events = Integer.getInteger("benchmark.events", 1_000_000);
        Path dir = Files.createTempDirectory("projection-benchmark");
        try (KafkaBrokerProcess broker = new KafkaBrokerProcess(dir.resolve("kafka"), 0,
                System.getProperty("java.class.path")).start();
             EmbeddedMongo mongo = EmbeddedMongo.inMemory()) {
            String bootstrap = broker.bootstrapServers();
            createTopics(bootstrap);
            SyntheticAlliance alliance = new SyntheticAlliance();
            produce(bootstrap, alliance, events);

            double rawBefore = events / rawConsumer(bootstrap, events);
            System.out.printf(Locale.ROOT, "raw consumer: %,.0f events/s%n", rawBefore);
            Map<String, Object> properties = new HashMap<>();
            properties.put("spring.mongodb.uri", mongo.uri("monitoring"));
            properties.put("spring.kafka.bootstrap-servers", bootstrap);
            properties.put("spring.cloud.stream.kafka.binder.brokers", bootstrap);
            properties.put("spring.security.oauth2.resourceserver.jwt.public-key-location", TestTokens.publicKeyLocation());
            properties.put("server.port", "0");
            properties.put("logging.level.root", "WARN");
            // one line per announcer round: how many notes, periods, cuts and changed cells, how long
            properties.put("logging.level.nl.talentcharter.monitoring.application.KpiAnnouncer", "DEBUG");
            BINDINGS.forEach(b -> properties.put("spring.cloud.stream.bindings." + b + ".consumer.auto-startup", "false"));
            // as arguments: they must win over the service's application.yaml, as in a deployment
            String[] arguments = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                    .toArray(String[]::new);
            try (ConfigurableApplicationContext context = new SpringApplicationBuilder(MonitoringApplication.class)
                    .run(arguments)) {
                Projected projected = project(context, events);
                double rawAfter = events / rawConsumer(bootstrap, events);
                // warm now (the projection ran first): what reading alone costs, without any store
                double reading = events / readingConsumers(bootstrap, events, context.getBean(InboundEvents.class),
                        context.getBean(EventFacts.class));
                double raw = Math.max(rawBefore, rawAfter);
                double rate = events / projected.applied();
                System.out.printf(Locale.ROOT, "raw consumer: %,.0f events/s (before), %,.0f events/s (after)%n",
                        rawBefore, rawAfter);
                System.out.printf(Locale.ROOT, "projection: %,.0f events/s applied (%.1f s), every KPI cell announced after %.1f s%n",
                        rate, projected.applied(), projected.announced());
                System.out.printf(Locale.ROOT, "ratio projection / raw consumer: %.3f (target 0.5)%n", rate / raw);
                System.out.printf(Locale.ROOT, "reading consumers (parse, validate, read facts; no store; a thread per core): %,.0f events/s, "
                        + "ratio to the raw consumer %.3f: the ceiling of any projection that validates every event%n",
                        reading, reading / raw);
                check(context, alliance);
            }
        }
    }

    /** Gives up instead of waiting for ever when the projection stopped (e.g. its store went away). */
    static final Duration TIMEOUT = Duration.ofMinutes(Long.getLong("benchmark.timeout-minutes", 60));

    record Projected(double applied, double announced) {
    }

    private static Projected project(ConfigurableApplicationContext context, int events) throws InterruptedException {
        MeterRegistry meters = context.getBean(MeterRegistry.class);
        BindingsLifecycleController bindings = context.getBean(BindingsLifecycleController.class);
        long started = System.nanoTime();
        BINDINGS.forEach(b -> bindings.changeState(b, BindingsLifecycleController.State.STARTED));
        long lastReport = started;
        while (applied(meters) + deadLettered(meters) < events) {
            if (System.nanoTime() - started > TIMEOUT.toNanos()) {
                throw new IllegalStateException("applied only " + applied(meters) + " of " + events + " within " + TIMEOUT);
            }
            Thread.sleep(20);
            if (System.nanoTime() - lastReport > 10_000_000_000L) {
                lastReport = System.nanoTime();
                System.out.printf(Locale.ROOT, "  ... %,.0f applied after %.0f s%n", applied(meters),
                        (lastReport - started) / 1e9);
            }
        }
        double applied = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "dead-lettered: %,.0f%n", deadLettered(meters));
        // the announcer behind the consumers (ADR 0096, 0123) has caught up when no consumer's note waits for it
        KpiAnnouncer announcer = context.getBean(KpiAnnouncer.class);
        while (!announcer.caughtUp()) {
            Thread.sleep(100);
        }
        return new Projected(applied, (System.nanoTime() - started) / 1e9);
    }

    /** Events the consumers gave up on (to the topic's dead letters): counted, reported, never silently lost. */
    private static double deadLettered(MeterRegistry meters) {
        return meters.find("eventkit.events.dead-lettered").counters().stream().mapToDouble(Counter::count).sum();
    }

    private static double applied(MeterRegistry meters) {
        return meters.find("monitoring.events.applied").counters().stream().mapToDouble(Counter::count).sum();
    }

    /** The figures must show every generated event once: nothing lost, nothing doubled. */
    private static void check(ConfigurableApplicationContext context, SyntheticAlliance alliance) {
        KpiQueries queries = context.getBean(KpiQueries.class);
        Period year = Period.parse(SyntheticAlliance.YEAR + "JJ00");
        Map<Kpi, String> expected = Map.of(Kpi.MEMBERS_JOINED, MemberEvents.MEMBER_JOINED.type(),
                Kpi.EVENTS_REGISTRATIONS, EventsEvents.REGISTRATION_CONFIRMED.type(),
                Kpi.POOLS_POSITIONS_FILLED, PoolEvents.PLACEMENT_CONFIRMED.type(),
                Kpi.POOLS_PEOPLE_OFFERED, PoolEvents.TALENT_OFFERED.type());
        for (var entry : expected.entrySet()) {
            double figure = queries.one(entry.getKey(), year, Cut.ALL).value();
            long generated = alliance.produced().getOrDefault(entry.getValue(), 0L);
            System.out.printf(Locale.ROOT, "check %s %s: %,.0f (generated %,d)%n", entry.getKey().id(), year.code(),
                    figure, generated);
            if (figure != generated) {
                throw new IllegalStateException(entry.getKey().id() + " is " + figure + ", generated " + generated);
            }
        }
    }

    /** Seconds a plain consumer of a fresh group needs to read N records of the five topics from the beginning. */
    private static double rawConsumer(String bootstrap, int events) {
        try (KafkaConsumer<byte[], byte[]> consumer = fromTheBeginning(bootstrap, "raw-" + UUID.randomUUID())) {
            long started = System.nanoTime();
            consumer.subscribe(TOPICS);
            long seen = 0;
            long types = 0;
            while (seen < events) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    seen++;
                    types += record.headers().lastHeader("ce_type").value().length;
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            consumer.commitSync();
            if (types == 0) {
                throw new IllegalStateException("records without ce_type");
            }
            return seconds;
        }
    }

    /**
     * Seconds the consumers of a fresh group, one thread per core, need to read N records and do with each what every
     * projection of them must do before it stores anything: parse the CloudEvent, validate its payload against its
     * schema (event-kit) and read its fact (monitoring's {@link EventFacts}). No store, no Spring Cloud Stream, every
     * core: the ceiling for any projection that validates every event, on this machine.
     */
    private static double readingConsumers(String bootstrap, int events, InboundEvents inbound, EventFacts facts)
            throws Exception {
        int threads = Runtime.getRuntime().availableProcessors();
        String group = "reading-" + UUID.randomUUID();
        AtomicLong seen = new AtomicLong();
        AtomicLong read = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long started = System.nanoTime();
        try {
            List<Future<?>> readers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                readers.add(pool.submit(() -> {
                    try (KafkaConsumer<byte[], byte[]> consumer = fromTheBeginning(bootstrap, group)) {
                        consumer.subscribe(TOPICS);
                        while (seen.get() < events) {
                            for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                                if (facts.read(inbound.parse(record)) != null) {
                                    read.incrementAndGet();
                                }
                                seen.incrementAndGet();
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> reader : readers) {
                reader.get();
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        if (read.get() == 0) {
            throw new IllegalStateException("no record read as a fact");
        }
        return seconds;
    }

    /** A consumer of {@code group} that reads the topics from their beginning and commits nothing by itself. */
    private static KafkaConsumer<byte[], byte[]> fromTheBeginning(String bootstrap, String group) {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, group,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    private static void produce(String bootstrap, SyntheticAlliance alliance, int events) throws Exception {
        long started = System.nanoTime();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 5,
                ProducerConfig.BATCH_SIZE_CONFIG, 262_144), new StringSerializer(), new ByteArraySerializer())) {
            List<Future<RecordMetadata>> acks = new ArrayList<>();
            for (int i = 0; i < events; i++) {
                ProducerRecord<String, byte[]> record = alliance.next();
                acks.add(producer.send(record));
                if (acks.size() == 10_000) {
                    for (Future<RecordMetadata> ack : acks) {
                        ack.get();
                    }
                    acks.clear();
                }
            }
            for (Future<RecordMetadata> ack : acks) {
                ack.get();
            }
        }
        System.out.printf(Locale.ROOT, "%,d synthetic events on the service topics in %.1f s: %s%n", events,
                (System.nanoTime() - started) / 1e9, alliance.produced());
    }

    private static void createTopics(String bootstrap) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            List<NewTopic> topics = TOPICS.stream().map(t -> new NewTopic(t, 3, (short) 1)).toList();
            admin.createTopics(topics).all().get();
        }
    }

    private MonitoringProjectionBenchmark() {
    }
}
