package nl.talentcharter.testkit;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

/**
 * mongo-java-server backends that answer the {@code hello} handshake command.
 *
 * <p>Spring Boot 4's MongoDB health indicator sends {@code hello}; mongo-java-server only knows the
 * legacy {@code isMaster}. Without this the health endpoint reports DOWN although the store works,
 * so readiness would lie (stack.md).
 */
public final class HelloAwareBackends {

    private HelloAwareBackends() {
    }

    /** A volatile in-memory store: tests. */
    public static MemoryBackend inMemory() {
        return new MemoryBackend() {
            @Override
            public Document handleCommand(Channel channel, String database, String command, Document query) {
                return super.handleCommand(channel, database, translate(command), query);
            }
        };
    }

    /** A store whose data survives restarts, kept in one H2 MVStore file: the embedded default. */
    public static H2Backend persistentIn(String file) {
        return new H2Backend(file) {
            @Override
            public Document handleCommand(Channel channel, String database, String command, Document query) {
                return super.handleCommand(channel, database, translate(command), query);
            }
        };
    }

    private static String translate(String command) {
        return "hello".equalsIgnoreCase(command) ? "isMaster" : command;
    }
}
