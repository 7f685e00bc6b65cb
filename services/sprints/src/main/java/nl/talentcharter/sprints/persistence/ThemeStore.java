package nl.talentcharter.sprints.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.talentcharter.sprints.domain.theme.Theme;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** The theme catalogue. */
@Component
public class ThemeStore {

    private final MongoTemplate mongo;

    public ThemeStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Adds the theme unless its id is taken; answers whether it was added. */
    public boolean addIfAbsent(Theme theme, Instant now) {
        ThemeDocument document = ThemeDocument.of(theme, now);
        Update update = new Update().setOnInsert("name", document.name).setOnInsert("description", document.description)
                .setOnInsert("actionLines", document.actionLines).setOnInsert("hrScanDomains", document.hrScanDomains)
                .setOnInsert("addedAt", now);
        return mongo.upsert(Query.query(Criteria.where("_id").is(theme.id())), update, ThemeDocument.class)
                .getUpsertedId() != null;
    }

    public Optional<Theme> find(String themeId) {
        return Optional.ofNullable(mongo.findById(themeId, ThemeDocument.class)).map(ThemeDocument::theme);
    }

    public List<Theme> all() {
        return mongo.find(new Query().with(Sort.by("_id")), ThemeDocument.class).stream().map(ThemeDocument::theme)
                .toList();
    }
}
