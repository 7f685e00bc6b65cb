package nl.talentcharter.eventkit.testapp;

import java.util.List;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** The consumer's read model: one document per account, its idempotency record inside. */
@Document("account_views")
public record AccountView(@Id String id, long total, int deposits, List<Long> sequences, String lastTraceId,
        Map<String, Long> appliedSequences) {
}
