package nl.talentcharter.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;
import nl.talentcharter.contracts.members.MemberEvents;
import nl.talentcharter.contracts.members.MemberLocation;
import nl.talentcharter.contracts.members.MemberProfile;
import nl.talentcharter.contracts.members.MemberProfileChanged;
import nl.talentcharter.contracts.vocabulary.ActionLine;
import nl.talentcharter.contracts.vocabulary.Country;
import nl.talentcharter.contracts.vocabulary.OrganisationKind;
import nl.talentcharter.contracts.vocabulary.Region;
import nl.talentcharter.contracts.vocabulary.Sector;
import nl.talentcharter.contracts.vocabulary.SizeClass;
import nl.talentcharter.eventkit.cloudevents.CloudEventRecords;
import com.mongodb.client.model.Filters;
import nl.talentcharter.eventkit.outbox.EventRecorder;
import nl.talentcharter.eventkit.outbox.Outbox;
import nl.talentcharter.eventkit.outbox.OutboxEntry;
import nl.talentcharter.eventkit.relay.OutboxRelay;
import nl.talentcharter.testkit.EmbeddedMongo;
import nl.talentcharter.testkit.KafkaBrokerProcess;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Outbox-to-Kafka publishing throughput of event-kit's relay against a raw {@code kafka-clients}
 * idempotent producer ({@code acks=all}) sending the very same records to the same broker, measured
 * alternately in one run so that the noise of a shared machine hits both alike.
 *
 * <p>Relay round: {@value #AGGREGATES} aggregate documents with {@value #EVENTS_PER_AGGREGATE} pending
 * events each are written straight into the store (no save events, so nothing starts early); the clock
 * runs from the relay's sweep request until every outbox is empty, i.e. every event was acknowledged by
 * the broker AND removed from its document. Baseline round: the same records (headers and payload bytes
 * from {@link CloudEventRecords}) sent by a raw producer; the clock runs until every send is acknowledged.
 *
 * <p>Run: {@code ./mvnw -B -q install -DskipTests -pl platform/benchmarks -am && ./mvnw -B -q -pl platform/benchmarks exec:exec}
 */
@SpringBootApplication
public class OutboxPublishingBenchmark {

    static final int AGGREGATES = 2_000;
    static final int EVENTS_PER_AGGREGATE = 10;
    /** Alternating measured rounds; more give a steadier median on a busy machine ({@code -Dbenchmark.rounds}). */
    static final int ROUNDS = Integer.getInteger("benchmark.rounds", 9);
    /**
     * Untimed rounds of each path first. One was too few: the relay's path (store queries and updates, record
     * building) is deeper than the raw producer's and still sped up over the first five measured rounds
     * (docs/benchmarks.md), so a single warm-up measured the JIT compiler as much as the relay.
     */
    static final int WARMUP_ROUNDS = Integer.getInteger("benchmark.warmup-rounds", 5);
    /** Documents that still hold an unpublished event. */
    private static final org.bson.conversions.Bson PENDING = Filters.exists(Outbox.FIELD + ".entries.0");

    /** The relay counts what it published and removed; polling that costs the store nothing. */
    @org.springframework.context.annotation.Bean
    io.micrometer.core.instrument.MeterRegistry meterRegistry() {
        return new io.micrometer.core.instrument.simple.SimpleMeterRegistry();
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("outbox-benchmark");
        try (KafkaBrokerProcess broker = new KafkaBrokerProcess(dir.resolve("kafka"), 0,
                System.getProperty("java.class.path")).start();
             EmbeddedMongo mongo = EmbeddedMongo.inMemory();
             ConfigurableApplicationContext context = new SpringApplicationBuilder(OutboxPublishingBenchmark.class)
                     .web(WebApplicationType.NONE)
                     .properties(Map.of(
                             "spring.mongodb.uri", mongo.uri("benchmark"),
                             "spring.kafka.bootstrap-servers", broker.bootstrapServers(),
                             "spring.cloud.stream.kafka.binder.brokers", broker.bootstrapServers(),
                             // the benchmark asks for the sweep itself; no periodic sweep in the middle of a round
                             "eventkit.relay.sweep-interval", "PT1H",
                             "logging.level.root", "WARN"))
                     .run(args)) {
            new Run(context, broker.bootstrapServers()).execute();
        }
    }

    static final class Run {

        private final MongoTemplate mongo;
        private final io.micrometer.core.instrument.MeterRegistry meters;
        private final OutboxRelay relay;
        private final EventRecorder recorder;
        private final String bootstrap;
        private final String collection;
        /** CPU time the last round cost: the other load on a shared machine does not enter it. */
        private double lastCpuSeconds;

        Run(ConfigurableApplicationContext context, String bootstrap) {
            this.mongo = context.getBean(MongoTemplate.class);
            this.relay = context.getBean(OutboxRelay.class);
            this.meters = context.getBean(io.micrometer.core.instrument.MeterRegistry.class);
            this.recorder = context.getBean(EventRecorder.class);
            this.bootstrap = bootstrap;
            this.collection = mongo.getCollectionName(BenchAggregate.class);
        }

        void execute() throws Exception {
            int events = AGGREGATES * EVENTS_PER_AGGREGATE;
            System.out.printf(Locale.ROOT, "outbox relay vs raw idempotent producer: %d aggregates x %d events = %d events per round, %d rounds after %d warm-up rounds%n",
                    AGGREGATES, EVENTS_PER_AGGREGATE, events, ROUNDS, WARMUP_ROUNDS);
            System.out.printf(Locale.ROOT, "machine: %d cores, load average %.1f at start%n", cores(), loadAverage());
            try (KafkaProducer<String, byte[]> raw = rawProducer()) {
                for (int warmup = 0; warmup < WARMUP_ROUNDS; warmup++) {
                    relayRound();
                    rawRound(raw);
                }
                List<Double> relayRates = new ArrayList<>();
                List<Double> rawRates = new ArrayList<>();
                List<Double> ratios = new ArrayList<>();
                List<Double> rawCpu = new ArrayList<>();
                List<Double> relayCpu = new ArrayList<>();
                for (int round = 1; round <= ROUNDS; round++) {
                    double rawRate = events / rawRound(raw);
                    rawCpu.add(lastCpuSeconds * 1e6 / events);
                    double relayRate = events / relayRound();
                    relayCpu.add(lastCpuSeconds * 1e6 / events);
                    rawRates.add(rawRate);
                    relayRates.add(relayRate);
                    ratios.add(relayRate / rawRate);
                    System.out.printf(Locale.ROOT, "round %d: raw producer %,.0f events/s, outbox relay %,.0f events/s, ratio %.2f; CPU per event: raw %.1f us, relay %.1f us%n",
                            round, rawRate, relayRate, relayRate / rawRate, rawCpu.get(round - 1), relayCpu.get(round - 1));
                }
                System.out.printf(Locale.ROOT, "median: raw producer %,.0f events/s, outbox relay %,.0f events/s, ratio %.2f (min %.2f, max %.2f)%n",
                        median(rawRates), median(relayRates), median(ratios),
                        ratios.stream().mapToDouble(Double::doubleValue).min().orElseThrow(),
                        ratios.stream().mapToDouble(Double::doubleValue).max().orElseThrow());
                System.out.printf(Locale.ROOT, "median CPU per event (this JVM with store and clients, plus the broker process): raw producer %.1f us, outbox relay %.1f us%n",
                        median(rawCpu), median(relayCpu));
                System.out.printf(Locale.ROOT, "machine: load average %.1f at the end%n", loadAverage());
            }
        }

        /** Seconds the relay needs to publish and remove every pending event. */
        private double relayRound() throws InterruptedException {
            preload();
            double target = publishedSoFar() + AGGREGATES * EVENTS_PER_AGGREGATE;
            long started = System.nanoTime();
            long cpuStarted = cpuNanos();
            relay.requestSweep();
            while (publishedSoFar() < target) {
                Thread.sleep(2);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            lastCpuSeconds = (cpuNanos() - cpuStarted) / 1e9;
            if (mongo.getCollection(collection).countDocuments(PENDING) > 0) {
                throw new IllegalStateException("the relay counted events as published that are still pending");
            }
            mongo.getCollection(collection).drop();
            return seconds;
        }

        private double publishedSoFar() {
            return meters.find("eventkit.events.published").counters().stream()
                    .mapToDouble(io.micrometer.core.instrument.Counter::count).sum();
        }

        /** Seconds a raw idempotent producer needs to have the same records acknowledged. */
        private double rawRound(KafkaProducer<String, byte[]> raw) throws Exception {
            List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
            for (BenchAggregate aggregate : aggregates()) {
                for (OutboxEntry entry : aggregate.getOutbox().entries()) {
                    records.add(CloudEventRecords.toRecord(entry));
                }
            }
            long started = System.nanoTime();
            long cpuStarted = cpuNanos();
            List<Future<RecordMetadata>> acks = new ArrayList<>(records.size());
            for (ProducerRecord<String, byte[]> record : records) {
                acks.add(raw.send(record));
            }
            for (Future<RecordMetadata> ack : acks) {
                ack.get();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            lastCpuSeconds = (cpuNanos() - cpuStarted) / 1e9;
            return seconds;
        }

        /** Writes the documents without Spring Data's save events, so the relay only starts on request. */
        private void preload() {
            List<Document> documents = new ArrayList<>(AGGREGATES);
            for (BenchAggregate aggregate : aggregates()) {
                Document document = new Document();
                mongo.getConverter().write(aggregate, document);
                documents.add(document);
            }
            mongo.getCollection(collection).insertMany(documents);
        }

        private List<BenchAggregate> aggregates() {
            List<BenchAggregate> aggregates = new ArrayList<>(AGGREGATES);
            for (int i = 0; i < AGGREGATES; i++) {
                String id = UUID.randomUUID().toString();
                BenchAggregate aggregate = new BenchAggregate(id);
                for (int e = 0; e < EVENTS_PER_AGGREGATE; e++) {
                    aggregate.changed();
                    recorder.record(aggregate, MemberEvents.MEMBER_PROFILE_CHANGED, id, payload(id, e));
                }
                aggregates.add(aggregate);
            }
            return aggregates;
        }

        private KafkaProducer<String, byte[]> rawProducer() {
            return new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                    ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                    ProducerConfig.ACKS_CONFIG, "all"),
                    new StringSerializer(), new ByteArraySerializer());
        }
    }

    /** A realistic payload: a member's full profile after a change, about 600 bytes of JSON. */
    static MemberProfileChanged payload(String memberId, int change) {
        MemberProfile profile = new MemberProfile("Maasdal Installatietechniek B.V.", String.format("%08d", 10_000_000 + change),
                OrganisationKind.EMPLOYER, null, Sector.TECHNOLOGY_AND_MANUFACTURING, 85 + change, SizeClass.SME,
                new MemberLocation("Venlo", Country.NL, "Venlo", Region.NOORD_LIMBURG), change % 2 == 0,
                List.of(ActionLine.DEVELOP, ActionLine.RETAIN));
        return new MemberProfileChanged(memberId, profile, List.of("employees"), Instant.parse("2026-03-01T09:00:00Z")
                .plusSeconds(change));
    }

    /**
     * CPU time used so far by this JVM (relay, embedded store, Kafka clients) and by its child processes
     * (the broker): comparable between rounds however busy the rest of the machine is.
     */
    static long cpuNanos() {
        long own = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
        long children = ProcessHandle.current().children()
                .mapToLong(child -> child.info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L))
                .sum();
        return own + children;
    }

    /** The other work on a shared machine is part of every result: it is printed with it. */
    private static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

}
