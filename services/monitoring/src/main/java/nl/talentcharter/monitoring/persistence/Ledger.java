package nl.talentcharter.monitoring.persistence;

import java.math.BigDecimal;
import java.util.List;
import nl.talentcharter.monitoring.domain.LedgerEntry;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** The budget ledger, one document per entry (amounts kept as exact decimals). */
@Component
public class Ledger {

    static final String COLLECTION = "budget_ledger";

    private final MongoTemplate mongo;

    public Ledger(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public void book(LedgerEntry entry) {
        mongo.insert(new org.bson.Document("_id", entry.id()).append("line", entry.line().name())
                .append("kind", entry.kind().name()).append("amount", new org.bson.types.Decimal128(entry.amount()))
                .append("description", entry.description()).append("bookedOn", entry.bookedOn().toString())
                .append("bookedBy", entry.bookedBy()), COLLECTION);
    }

    public List<LedgerEntry> entries() {
        return mongo.find(new Query().with(Sort.by("bookedOn", "_id")), org.bson.Document.class, COLLECTION).stream()
                .map(d -> new LedgerEntry(d.getString("_id"), LedgerEntry.BudgetLine.valueOf(d.getString("line")),
                        LedgerEntry.Kind.valueOf(d.getString("kind")), amount(d.get("amount")),
                        d.getString("description"), java.time.LocalDate.parse(d.getString("bookedOn")),
                        d.getString("bookedBy")))
                .toList();
    }

    private static BigDecimal amount(Object stored) {
        return stored instanceof org.bson.types.Decimal128 decimal ? decimal.bigDecimalValue() : new BigDecimal(stored.toString());
    }
}
