package nl.talentcharter.hrscans.domain.insight;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import nl.talentcharter.hrscans.domain.scan.DomainResult;
import nl.talentcharter.hrscans.domain.scan.ScanResult;
import nl.talentcharter.hrscans.domain.template.ScanTemplate;
import nl.talentcharter.hrscans.domain.template.TemplateCatalog;

/**
 * The difference between a scan and the same company's previous one. When the two follow different
 * template versions, each current domain is traced back version by version through the templates' stated
 * mappings; a domain that maps onto several older domains compares with their mean.
 */
public final class Trend {

    private Trend() {
    }

    public static List<DomainTrend> between(ScanResult current, ScanTemplate currentTemplate, ScanResult previous,
            ScanTemplate previousTemplate, TemplateCatalog catalog) {
        Objects.requireNonNull(previous, "previous");
        if (!currentTemplate.id().equals(previousTemplate.id())
                || previousTemplate.version() > currentTemplate.version()) {
            throw new IllegalArgumentException("cannot compare " + currentTemplate + " with the later or other "
                    + previousTemplate);
        }
        List<DomainTrend> trends = new ArrayList<>();
        for (DomainResult domain : current.domains()) {
            List<String> olderKeys = trace(domain.domain(), currentTemplate, previousTemplate.version(), catalog);
            OptionalDouble before = olderKeys.stream().map(previous::domain).flatMap(Optional::stream)
                    .mapToDouble(DomainResult::score).average();
            if (before.isPresent()) {
                double previousScore = round(before.getAsDouble());
                trends.add(new DomainTrend(domain.domain(), domain.score(), previousScore,
                        round(domain.score() - previousScore)));
            } else {
                trends.add(new DomainTrend(domain.domain(), domain.score(), null, null));
            }
        }
        return trends;
    }

    /** The keys in version {@code targetVersion} that {@code domainKey} of {@code template} corresponds to. */
    static List<String> trace(String domainKey, ScanTemplate template, int targetVersion, TemplateCatalog catalog) {
        List<String> keys = List.of(domainKey);
        ScanTemplate at = template;
        while (at.version() > targetVersion) {
            ScanTemplate mapping = at;
            keys = keys.stream().flatMap(k -> mapping.previousDomainsOf(k).stream()).distinct().toList();
            at = catalog.get(at.id(), at.version() - 1);
        }
        return keys;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
