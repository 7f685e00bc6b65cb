package nl.talentcharter.testkit;

import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryCollection;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
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

            @Override
            public MemoryDatabase openOrCreateDatabase(String databaseName) {
                return new UnsizedMemoryDatabase(databaseName, getCursorRegistry());
            }
        };
    }

    /**
     * Collections that do not keep the {@code collStats} data size. mongo-java-server keeps it by encoding a
     * document to BSON before and after every update, which was about 40% of what an update cost the store
     * (docs/benchmarks.md); nothing here reads the statistic, and the hook is the library's own extension point.
     */
    private static final class UnsizedMemoryDatabase extends MemoryDatabase {

        UnsizedMemoryDatabase(String name, CursorRegistry cursors) {
            super(name, cursors);
        }

        @Override
        protected MemoryCollection openOrCreateCollection(String collectionName, CollectionOptions options) {
            return new MemoryCollection(this, collectionName, options, cursorRegistry) {
                @Override
                protected boolean tracksDataSize() {
                    return false;
                }
            };
        }
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
