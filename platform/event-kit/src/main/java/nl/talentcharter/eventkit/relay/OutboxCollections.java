package nl.talentcharter.eventkit.relay;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import nl.talentcharter.eventkit.outbox.OutboxCarrier;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;

/** The collections of all mapped {@code @Document} types that carry an outbox: what the sweep scans. */
public class OutboxCollections implements Supplier<List<String>> {

    private final MongoMappingContext mappingContext;

    public OutboxCollections(MongoMappingContext mappingContext) {
        this.mappingContext = mappingContext;
    }

    @Override
    public List<String> get() {
        Set<String> names = new TreeSet<>();
        for (MongoPersistentEntity<?> entity : mappingContext.getPersistentEntities()) {
            Class<?> type = entity.getType();
            if (OutboxCarrier.class.isAssignableFrom(type) && type.isAnnotationPresent(Document.class)) {
                names.add(entity.getCollection());
            }
        }
        return List.copyOf(names);
    }
}
