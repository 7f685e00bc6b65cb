package nl.talentcharter.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import nl.talentcharter.devstack.issuer.TokenClient;
import nl.talentcharter.devstack.issuer.TokenIssuerApplication;
import nl.talentcharter.devstack.seed.DemoDataLedger;
import nl.talentcharter.devstack.seed.DemoDataSeeder;
import nl.talentcharter.testkit.EmbeddedMongo;
import nl.talentcharter.testkit.KafkaBrokerProcess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The embedded default: in one JVM a persistent MongoDB-protocol store, a real Kafka broker (a child
 * process, data under {@code .devstack/kafka}), the local token issuer and every service of the
 * build, each in its own Spring Boot context; then the demo data, once. See docs/adr/0050.
 */
public final class DevStack implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DevStack.class);
    static final Duration READINESS_TIMEOUT = Duration.ofSeconds(180);

    private final DevStackSettings settings;
    private final List<RunningService> services = Collections.synchronizedList(new ArrayList<>());
    private final AtomicBoolean closed = new AtomicBoolean();
    private EmbeddedMongo store;
    private KafkaBrokerProcess broker;
    private ConfigurableApplicationContext issuer;
    private Duration brokerStartup = Duration.ZERO;
    private Duration startup = Duration.ZERO;

    public DevStack(DevStackSettings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) {
        DevStackSettings settings = DevStackSettings.fromSystemProperties();
        LogFile.writeTo(settings.home().resolve("devstack.log"));
        DevStack stack = new DevStack(settings);
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "devstack-shutdown"));
        try {
            stack.start();
        } catch (RuntimeException e) {
            log.error("the devstack did not start", e);
            System.exit(1);
        }
        System.out.println(Welcome.text(stack));
        // Tomcat's non-daemon threads keep the JVM alive until Ctrl-C runs the shutdown hook
    }

    /** Starts everything and returns when every service is ready and the demo data is there. */
    public synchronized DevStack start() {
        // one logging configuration for all contexts (logback.xml): contexts that re-initialise
        // logging while others start would mute each other's output
        System.setProperty(LoggingSystem.SYSTEM_PROPERTY, LoggingSystem.NONE);
        long started = System.nanoTime();
        List<ServiceDefinition> present = ServiceCatalog.present();
        ExecutorService starters = Executors.newFixedThreadPool(present.size() + 1, namedThreads());
        try {
            Files.createDirectories(settings.home());
            store = EmbeddedMongo.persistent(settings.storeFile().toString(), settings.storePort());
            Future<ConfigurableApplicationContext> issuerStart = starters.submit(this::startIssuer);
            OrphanedBrokers.stopAll(settings.kafkaDir());
            broker = new KafkaBrokerProcess(settings.kafkaDir(), settings.kafkaPort(),
                    System.getProperty("java.class.path"));
            // contexts and broker boot side by side: a context needs Kafka only when its bindings
            // start, by then the broker is usually up (its clients retry until it is)
            ServiceLauncher launcher = new ServiceLauncher(settings);
            List<Future<RunningService>> serviceStarts = present.stream()
                    .map(service -> starters.submit(() -> launcher.start(service))).toList();
            broker.start();
            brokerStartup = since(started);
            log.info("Kafka broker ready on {} after {} ms", broker.bootstrapServers(), brokerStartup.toMillis());
            issuer = await(issuerStart);
            for (Future<RunningService> serviceStart : serviceStarts) {
                services.add(await(serviceStart));
            }
            for (RunningService service : services) {
                Readiness.await(service, READINESS_TIMEOUT);
            }
            startup = since(started);
            log.info("{} service(s) ready in {} ms (broker {} ms): {}", services.size(), startup.toMillis(),
                    brokerStartup.toMillis(), present.stream().map(ServiceDefinition::name).toList());
            seedDemoData();
            return this;
        } catch (IOException e) {
            close();
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            starters.shutdownNow();
            close();
            throw e;
        } finally {
            starters.shutdown();
        }
    }

    private ConfigurableApplicationContext startIssuer() {
        return TokenIssuerApplication.builder()
                .registerShutdownHook(false)
                .run("--server.port=" + settings.issuerPort(),
                        "--talentcharter.issuer.url=" + settings.issuerUrl(),
                        "--talentcharter.issuer.key-file=" + settings.issuerKeyFile(),
                        "--talentcharter.issuer.ledger-uri=" + storeUri(DemoDataLedger.DATABASE),
                        "--spring.main.banner-mode=off");
    }

    private void seedDemoData() {
        Map<String, String> urls = new LinkedHashMap<>();
        services.forEach(s -> urls.put(s.name(), s.url()));
        try (DemoDataLedger ledger = new DemoDataLedger(storeUri(DemoDataLedger.DATABASE))) {
            new DemoDataSeeder(ledger, new TokenClient(settings.issuerUrl())).seedOnce(urls);
        }
    }

    /** Stops services first (they flush their outboxes), then the issuer, the broker and the store. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        long stopping = System.nanoTime();
        List<RunningService> reversed = new ArrayList<>(services);
        Collections.reverse(reversed);
        for (RunningService service : reversed) {
            closeQuietly(service.name(), service.context());
        }
        closeQuietly("token issuer", issuer);
        if (broker != null) {
            broker.stop();
        }
        if (store != null) {
            store.close();
        }
        log.info("devstack stopped in {} ms; data kept in {}", since(stopping).toMillis(), settings.home());
    }

    public DevStackSettings settings() {
        return settings;
    }

    public List<RunningService> services() {
        return List.copyOf(services);
    }

    public Duration startupTime() {
        return startup;
    }

    public String kafkaBootstrapServers() {
        return "127.0.0.1:" + settings.kafkaPort();
    }

    public String storeUri(String database) {
        return "mongodb://127.0.0.1:" + settings.storePort() + "/" + database;
    }

    private static void closeQuietly(String what, ConfigurableApplicationContext context) {
        if (context == null) {
            return;
        }
        try {
            context.close();
        } catch (RuntimeException e) {
            log.warn("closing {} failed", what, e);
        }
    }

    private static <T> T await(Future<T> start) {
        try {
            return start.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Duration since(long nanos) {
        return Duration.ofNanos(System.nanoTime() - nanos);
    }

    private static java.util.concurrent.ThreadFactory namedThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> new Thread(runnable, "devstack-start-" + count.incrementAndGet());
    }
}
