package nl.talentcharter.testkit;

import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryCollection;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

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

                @Override
                protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit,
                        int batchSize, Document fieldSelector) {
                    Iterable<Integer> byId = positionsById(query);
                    return byId == null
                            ? super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector)
                            : matchDocuments(query, byId, orderBy, numberToSkip, limit, batchSize, fieldSelector);
                }

                /**
                 * The library takes an index only for a query on its key alone, so {@code {_id, version}} (every
                 * optimistic-locking save), {@code {_id, appliedSequences...}} (idempotent effects) and
                 * {@code {_id: {$in: [...]}}} scanned the whole collection (and for {@code $in} compared every
                 * document with every id). Where the query pins {@code _id} to values, only the documents with those
                 * ids are matched, against the whole query, so the result is the same.
                 */
                private Iterable<Integer> positionsById(Document query) {
                    Object id = query.get("_id");
                    List<Object> ids;
                    if (id == null || query.size() == 1 && !(id instanceof Document)) {
                        return null; // nothing pinned, or the library's own index path already applies
                    } else if (id instanceof Document operator) {
                        if (operator.size() != 1 || !(operator.get("$in") instanceof Collection<?> values)
                                || values.stream().anyMatch(v -> v instanceof Document || v == null)) {
                            return null;
                        }
                        ids = List.copyOf(values);
                        if (ids.isEmpty()) {
                            return List.of();
                        }
                    } else {
                        ids = List.of(id);
                    }
                    for (Index<Integer> index : getIndexes()) {
                        if (index.canHandle(new Document("_id", ids.get(0)))) {
                            List<Integer> positions = new ArrayList<>();
                            for (Object value : new LinkedHashSet<>(ids)) {
                                index.getPositions(new Document("_id", value)).forEach(positions::add);
                            }
                            return positions;
                        }
                    }
                    return null;
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
