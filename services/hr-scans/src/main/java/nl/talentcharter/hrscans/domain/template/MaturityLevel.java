package nl.talentcharter.hrscans.domain.template;

import java.util.Objects;

/** A step on the template's maturity scale, e.g. 1 "Beginnend" to 4 "Voorloper". */
public record MaturityLevel(int level, String label) {

    public MaturityLevel {
        Objects.requireNonNull(label, "label");
    }
}
