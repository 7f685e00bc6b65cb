package nl.talentcharter.hrscans.domain.template;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One published version of a scan template: immutable once published (all collections are copies).
 *
 * <p>A version after the first states, for each of its domains, which domains of the previous version
 * it compares with ({@code previousVersionMapping}); that is what keeps a company's trend comparable
 * across re-scans on different versions. An empty list means "new, nothing to compare with".
 */
public record ScanTemplate(String id, int version, String title, List<MaturityLevel> levels,
        List<TemplateDomain> domains, Map<String, List<String>> previousVersionMapping) {

    /** The stated policy for optional questions: an unanswered one counts for nothing, neither 0 nor 100. */
    public static final String UNANSWERED_OPTIONAL_POLICY =
            "An unanswered optional question is left out of its domain's score: the domain score is the weighted"
                    + " mean of the questions that were answered.";

    public ScanTemplate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        levels = List.copyOf(levels);
        domains = List.copyOf(domains);
        Map<String, List<String>> mapping = new LinkedHashMap<>();
        (previousVersionMapping == null ? Map.<String, List<String>>of() : previousVersionMapping)
                .forEach((k, v) -> mapping.put(k, List.copyOf(v)));
        previousVersionMapping = java.util.Collections.unmodifiableMap(mapping);
        validate(version, levels, domains, previousVersionMapping);
    }

    public TemplateDomain domain(String key) {
        return domains.stream().filter(d -> d.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no domain " + key + " in " + this));
    }

    public Optional<Question> question(String key) {
        return questions().filter(q -> q.key().equals(key)).findFirst();
    }

    public Stream<Question> questions() {
        return domains.stream().flatMap(d -> d.questions().stream());
    }

    public int minLevel() {
        return levels.stream().mapToInt(MaturityLevel::level).min().orElseThrow();
    }

    public int maxLevel() {
        return levels.stream().mapToInt(MaturityLevel::level).max().orElseThrow();
    }

    /** The previous version's domains that {@code domainKey} of this version compares with. */
    public List<String> previousDomainsOf(String domainKey) {
        return previousVersionMapping.getOrDefault(domainKey, List.of());
    }

    @Override
    public String toString() {
        return id + " v" + version;
    }

    private static void validate(int version, List<MaturityLevel> levels, List<TemplateDomain> domains,
            Map<String, List<String>> mapping) {
        if (version < 1) {
            throw new InvalidTemplate("template versions start at 1");
        }
        if (levels.size() < 2) {
            throw new InvalidTemplate("a maturity scale needs at least two levels");
        }
        if (domains.isEmpty()) {
            throw new InvalidTemplate("a template needs domains");
        }
        Set<Integer> levelValues = new HashSet<>();
        levels.forEach(l -> levelValues.add(l.level()));
        Set<String> keys = new HashSet<>();
        for (TemplateDomain domain : domains) {
            if (!keys.add(domain.key())) {
                throw new InvalidTemplate("domain key " + domain.key() + " is used twice");
            }
            for (Question question : domain.questions()) {
                if (!keys.add(question.key())) {
                    throw new InvalidTemplate("question key " + question.key() + " is used twice");
                }
                question.options().forEach(option -> {
                    if (!levelValues.contains(option.level())) {
                        throw new InvalidTemplate("option " + question.key() + "/" + option.key()
                                + " maps to level " + option.level() + ", which the scale does not have");
                    }
                });
            }
        }
        if (version > 1) {
            for (TemplateDomain domain : domains) {
                if (!mapping.containsKey(domain.key())) {
                    throw new InvalidTemplate("version " + version + " does not say how domain " + domain.key()
                            + " maps onto version " + (version - 1));
                }
            }
        } else if (!mapping.isEmpty()) {
            throw new InvalidTemplate("the first version has no previous version to map onto");
        }
    }
}
