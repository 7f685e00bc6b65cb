package nl.talentcharter.eventkit.relay;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.talentcharter.eventkit.outbox.Outbox;
import nl.talentcharter.eventkit.outbox.OutboxEntry;
import org.bson.BsonReader;
import org.bson.BsonType;
import org.bson.BsonWriter;
import org.bson.codecs.BsonTypeClassMap;
import org.bson.codecs.BsonTypeCodecMap;
import org.bson.codecs.Codec;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.EncoderContext;
import org.bson.codecs.configuration.CodecRegistry;

/**
 * Decodes a carrier document's id and outbox entries straight from the wire into {@link OutboxEntry}s.
 *
 * <p>The relay reads every pending entry once per publish. Going through a generic {@code Document} and
 * Spring Data's converter cost more than the rest of the relay's own work together (docs/benchmarks.md);
 * the stored shape is fixed by {@link OutboxEntry}, whose fields Spring Data writes under their own names.
 * A malformed entry does not break the scan: the document comes back {@linkplain StoredOutbox#readable()
 * unreadable} and the relay treats it as poison.
 */
final class StoredOutboxCodec implements Codec<StoredOutbox> {

    private final BsonTypeCodecMap ids;

    StoredOutboxCodec(CodecRegistry registry) {
        this.ids = new BsonTypeCodecMap(new BsonTypeClassMap(), registry);
    }

    @Override
    public StoredOutbox decode(BsonReader reader, DecoderContext context) {
        Object id = null;
        Entries entries = new Entries();
        reader.readStartDocument();
        while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
            String field = reader.readName();
            if (field.equals("_id")) {
                id = reader.getCurrentBsonType() == BsonType.NULL ? readNull(reader)
                        : ids.get(reader.getCurrentBsonType()).decode(reader, context);
            } else if (field.equals(Outbox.FIELD) && reader.getCurrentBsonType() == BsonType.DOCUMENT) {
                readOutbox(reader, entries);
            } else {
                reader.skipValue();
            }
        }
        reader.readEndDocument();
        return entries.toStored(id);
    }

    private static Object readNull(BsonReader reader) {
        reader.readNull();
        return null;
    }

    private static void readOutbox(BsonReader reader, Entries entries) {
        reader.readStartDocument();
        while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
            if (reader.readName().equals("entries") && reader.getCurrentBsonType() == BsonType.ARRAY) {
                reader.readStartArray();
                while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
                    entries.waiting++;
                    if (reader.getCurrentBsonType() != BsonType.DOCUMENT) {
                        reader.skipValue();
                        entries.unreadable("an outbox entry is not a document");
                        continue;
                    }
                    readEntry(reader, entries);
                }
                reader.readEndArray();
            } else {
                reader.skipValue();
            }
        }
        reader.readEndDocument();
    }

    private static void readEntry(BsonReader reader, Entries entries) {
        String eventId = null, type = null, source = null, subject = null, dataschema = null, topic = null,
                data = null, traceparent = null;
        Long sequence = null;
        Instant time = null;
        reader.readStartDocument();
        while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
            String field = reader.readName();
            BsonType bsonType = reader.getCurrentBsonType();
            switch (field) {
                case "eventId" -> eventId = string(reader, bsonType);
                case "type" -> type = string(reader, bsonType);
                case "source" -> source = string(reader, bsonType);
                case "subject" -> subject = string(reader, bsonType);
                case "dataschema" -> dataschema = string(reader, bsonType);
                case "topic" -> topic = string(reader, bsonType);
                case "data" -> data = string(reader, bsonType);
                case "traceparent" -> traceparent = string(reader, bsonType);
                case "sequence" -> sequence = number(reader, bsonType);
                case "time" -> time = bsonType == BsonType.DATE_TIME ? Instant.ofEpochMilli(reader.readDateTime())
                        : skipped(reader);
                default -> reader.skipValue();
            }
        }
        reader.readEndDocument();
        if (sequence == null) {
            entries.unreadable("an outbox entry has no numeric sequence");
            return;
        }
        try {
            entries.add(new OutboxEntry(eventId, type, source, subject, sequence, time, dataschema, topic, data,
                    traceparent));
        } catch (RuntimeException invalid) {
            entries.unreadable(invalid);
        }
    }

    private static String string(BsonReader reader, BsonType type) {
        if (type == BsonType.STRING) {
            return reader.readString();
        }
        return skipped(reader);
    }

    private static Long number(BsonReader reader, BsonType type) {
        return switch (type) {
            case INT64 -> reader.readInt64();
            case INT32 -> (long) reader.readInt32();
            default -> skipped(reader);
        };
    }

    /** A value of an unexpected type counts as missing; the entry's own checks then refuse it. */
    private static <T> T skipped(BsonReader reader) {
        reader.skipValue();
        return null;
    }

    @Override
    public void encode(BsonWriter writer, StoredOutbox value, EncoderContext context) {
        throw new UnsupportedOperationException("the relay only reads outboxes this way");
    }

    @Override
    public Class<StoredOutbox> getEncoderClass() {
        return StoredOutbox.class;
    }

    private static final class Entries {
        private final List<OutboxEntry> read = new ArrayList<>();
        private int waiting;
        private RuntimeException problem;

        void add(OutboxEntry entry) {
            read.add(entry);
        }

        void unreadable(String why) {
            unreadable(new IllegalStateException(why));
        }

        void unreadable(RuntimeException why) {
            if (problem == null) {
                problem = why;
            }
        }

        StoredOutbox toStored(Object id) {
            read.sort(Comparator.comparingLong(OutboxEntry::sequence));
            return new StoredOutbox(id, List.copyOf(read), waiting, problem);
        }
    }
}
