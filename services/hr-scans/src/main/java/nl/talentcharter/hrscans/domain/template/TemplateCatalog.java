package nl.talentcharter.hrscans.domain.template;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The published versions of the scan template, loaded once at start. New scans use the latest version;
 * a scan keeps the version it was requested on.
 */
public final class TemplateCatalog {

    private final List<ScanTemplate> published;

    public TemplateCatalog(List<ScanTemplate> templates) {
        this.published = templates.stream()
                .sorted(Comparator.comparing(ScanTemplate::id).thenComparingInt(ScanTemplate::version)).toList();
        if (published.isEmpty()) {
            throw new InvalidTemplate("no published template");
        }
        for (ScanTemplate template : published) {
            if (template.version() > 1) {
                ScanTemplate previous = find(template.id(), template.version() - 1)
                        .orElseThrow(() -> new InvalidTemplate(template + " has no previous version to map onto"));
                template.previousVersionMapping().forEach((domain, olderDomains) -> olderDomains.forEach(older -> {
                    if (previous.domains().stream().noneMatch(d -> d.key().equals(older))) {
                        throw new InvalidTemplate(template + " maps " + domain + " onto " + older + ", which "
                                + previous + " does not have");
                    }
                }));
            }
        }
    }

    public List<ScanTemplate> all() {
        return published;
    }

    /** The newest published version of the template. */
    public ScanTemplate current(String templateId) {
        return published.stream().filter(t -> t.id().equals(templateId))
                .max(Comparator.comparingInt(ScanTemplate::version))
                .orElseThrow(() -> new UnknownTemplate(templateId, null));
    }

    public ScanTemplate get(String templateId, int version) {
        return find(templateId, version).orElseThrow(() -> new UnknownTemplate(templateId, version));
    }

    public Optional<ScanTemplate> find(String templateId, int version) {
        return published.stream().filter(t -> t.id().equals(templateId) && t.version() == version).findFirst();
    }
}
