package nl.talentcharter.hrscans.domain.template;

/** No published template with this id (and version). */
public class UnknownTemplate extends RuntimeException {

    public UnknownTemplate(String templateId, Integer version) {
        super("no published template " + templateId + (version == null ? "" : " v" + version));
    }
}
