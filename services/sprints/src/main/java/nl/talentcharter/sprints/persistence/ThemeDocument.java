package nl.talentcharter.sprints.persistence;

import java.time.Instant;
import java.util.List;
import nl.talentcharter.contracts.vocabulary.ActionLine;
import nl.talentcharter.sprints.domain.theme.Theme;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** One theme of the catalogue. */
@Document(ThemeDocument.COLLECTION)
public class ThemeDocument {

    public static final String COLLECTION = "themes";

    @Id
    String id;
    String name;
    String description;
    List<ActionLine> actionLines;
    List<String> hrScanDomains;
    Instant addedAt;

    static ThemeDocument of(Theme theme, Instant addedAt) {
        ThemeDocument document = new ThemeDocument();
        document.id = theme.id();
        document.name = theme.name();
        document.description = theme.description();
        document.actionLines = theme.actionLines();
        document.hrScanDomains = theme.hrScanDomains();
        document.addedAt = addedAt;
        return document;
    }

    Theme theme() {
        return new Theme(id, name, description, actionLines, hrScanDomains);
    }
}
