package nl.talentcharter.sprints.domain.theme;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.regex.Pattern;
import nl.talentcharter.contracts.vocabulary.ActionLine;

/**
 * A theme companies can tackle together in a sprint, tagged with the action lines it serves and the HR-scan
 * domains whose gaps it answers (that tag is how interest is inferred from a scan).
 *
 * @param id            a stable kebab-case key, e.g. {@code vitality}
 * @param hrScanDomains keys of HR-scan template domains, e.g. {@code onboarding}
 */
public record Theme(String id, String name, String description, List<ActionLine> actionLines,
        List<String> hrScanDomains) {

    private static final Pattern KEY = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

    public Theme {
        requireNonNull(id, "id");
        requireNonNull(name, "name");
        description = description == null ? "" : description;
        actionLines = List.copyOf(actionLines);
        hrScanDomains = List.copyOf(hrScanDomains);
        if (!KEY.matcher(id).matches()) {
            throw new IllegalArgumentException("a theme id is kebab-case, not " + id);
        }
        if (actionLines.isEmpty()) {
            throw new IllegalArgumentException("a theme serves at least one action line");
        }
    }

    public boolean answersGapIn(String domain) {
        return hrScanDomains.contains(domain);
    }
}
