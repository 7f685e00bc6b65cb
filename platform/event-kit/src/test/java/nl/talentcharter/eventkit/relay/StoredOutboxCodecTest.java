package nl.talentcharter.eventkit.relay;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoClientSettings;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import nl.talentcharter.contracts.EventType;
import nl.talentcharter.eventkit.outbox.EventRecorder;
import nl.talentcharter.eventkit.outbox.Outbox;
import nl.talentcharter.eventkit.outbox.OutboxEntry;
import nl.talentcharter.eventkit.testapp.Account;
import org.bson.BsonDocument;
import org.bson.BsonDocumentReader;
import org.bson.BsonDocumentWrapper;
import org.bson.Document;
import org.bson.codecs.DecoderContext;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.convert.MappingMongoConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.data.mongodb.core.convert.NoOpDbRefResolver;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import tools.jackson.databind.json.JsonMapper;

/** The relay's direct decoding reads exactly what Spring Data writes, and turns bad entries into poison. */
class StoredOutboxCodecTest {

    record Opened(String id, int limit) {
    }

    static final EventType<Opened> OPENED = EventType.of("ledger", "opened", 1, "ledger.topic", Opened.class);

    final StoredOutboxCodec codec = new StoredOutboxCodec(MongoClientSettings.getDefaultCodecRegistry());

    @Test
    void readsTheEntriesSpringDataWroteFieldForField() {
        Account carrier = new Account("a-1");
        EventRecorder traced = new EventRecorder(JsonMapper.shared(),
                () -> Optional.of("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"),
                Clock.fixed(Instant.parse("2026-03-01T10:15:30.123Z"), ZoneOffset.UTC));
        EventRecorder untraced = new EventRecorder(JsonMapper.shared(), Optional::empty, Clock.systemUTC());
        OutboxEntry first = traced.record(carrier, OPENED, "a-1", new Opened("a-1", 5));
        OutboxEntry second = untraced.record(carrier, OPENED, "a-1", new Opened("a-1", 6));
        MongoCustomConversions conversions = new MongoCustomConversions(List.of());
        MongoMappingContext mapping = new MongoMappingContext();
        mapping.setSimpleTypeHolder(conversions.getSimpleTypeHolder());
        mapping.afterPropertiesSet();
        MappingMongoConverter converter = new MappingMongoConverter(NoOpDbRefResolver.INSTANCE, mapping);
        converter.setCustomConversions(conversions);
        converter.afterPropertiesSet();
        Document written = new Document();
        converter.write(carrier, written);

        StoredOutbox stored = decode(written);

        assertThat(stored.readable()).isTrue();
        assertThat(stored.id()).isEqualTo("a-1");
        assertThat(stored.entries()).containsExactly(first, second);
        assertThat(stored.waiting()).isEqualTo(2);
    }

    @Test
    void putsEntriesInSequenceOrderAndAcceptsIntegerSequences() {
        Document document = new Document("_id", "b-1").append("state", 3).append(Outbox.FIELD,
                new Document("lastSequence", 2).append("entries", List.of(entry("e2", 2), entry("e1", 1))));

        StoredOutbox stored = decode(document);

        assertThat(stored.entries()).extracting(OutboxEntry::eventId).containsExactly("e1", "e2");
    }

    @Test
    void aDocumentWithoutOutboxHasNothingToPublish() {
        StoredOutbox stored = decode(new Document("_id", "c-1").append("name", "x"));

        assertThat(stored.readable()).isTrue();
        assertThat(stored.entries()).isEmpty();
        assertThat(stored.waiting()).isZero();
    }

    @Test
    void anEntryMissingARequiredFieldOrOfTheWrongTypeMakesTheDocumentUnreadable() {
        Document noTopic = entry("e1", 1);
        noTopic.remove("topic");
        Document textSequence = entry("e2", 2).append("sequence", "2");

        for (Document bad : List.of(noTopic, textSequence)) {
            StoredOutbox stored = decode(new Document("_id", "d-1").append(Outbox.FIELD,
                    new Document("lastSequence", 2).append("entries", List.of(bad, entry("ok", 3)))));

            assertThat(stored.readable()).isFalse();
            assertThat(stored.id()).isEqualTo("d-1");
            assertThat(stored.waiting()).isEqualTo(2);
        }
    }

    private static Document entry(String eventId, int sequence) {
        return new Document("eventId", eventId).append("type", OPENED.type()).append("source", OPENED.source())
                .append("subject", "b-1").append("sequence", sequence).append("time", new Date())
                .append("dataschema", OPENED.schemaId()).append("topic", OPENED.topic()).append("data", "{}");
    }

    private StoredOutbox decode(Document document) {
        BsonDocument bson = BsonDocumentWrapper.asBsonDocument(document, MongoClientSettings.getDefaultCodecRegistry());
        return codec.decode(new BsonDocumentReader(bson), DecoderContext.builder().build());
    }
}
