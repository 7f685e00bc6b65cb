package nl.talentcharter.testkit;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import java.net.InetSocketAddress;

/** A MongoDB wire-protocol server on loopback, backed by mongo-java-server. */
public final class EmbeddedMongo implements AutoCloseable {

    private final MongoServer server;
    private final InetSocketAddress address;

    private EmbeddedMongo(MongoBackend backend, int port) {
        this.server = new MongoServer(backend);
        server.bind("127.0.0.1", port);
        this.address = server.getLocalAddress();
    }

    /** In memory, on a free port. */
    public static EmbeddedMongo inMemory() {
        return new EmbeddedMongo(HelloAwareBackends.inMemory(), 0);
    }

    /** Persistent in {@code file} (H2 MVStore), on {@code port} (0 = any free port). */
    public static EmbeddedMongo persistent(String file, int port) {
        return new EmbeddedMongo(HelloAwareBackends.persistentIn(file), port);
    }

    public int port() {
        return address.getPort();
    }

    /** A connection string for {@code database} on this server. */
    public String uri(String database) {
        return "mongodb://127.0.0.1:" + port() + "/" + database;
    }

    @Override
    public void close() {
        server.shutdownNow();
    }
}
