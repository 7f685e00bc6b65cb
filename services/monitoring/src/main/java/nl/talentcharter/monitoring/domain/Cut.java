package nl.talentcharter.monitoring.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import nl.talentcharter.contracts.monitoring.KpiDimension;
import nl.talentcharter.contracts.vocabulary.ActionLine;
import nl.talentcharter.contracts.vocabulary.Region;
import nl.talentcharter.contracts.vocabulary.Sector;
import nl.talentcharter.contracts.vocabulary.SizeClass;

/**
 * One dimension value a KPI is cut by ({@code REGION:NOORD_LIMBURG}), or no cut at all ({@code ALL}).
 *
 * @param value the vocabulary constant; null for {@link KpiDimension#ALL}
 */
public record Cut(KpiDimension dimension, String value) {

    public static final Cut ALL = new Cut(KpiDimension.ALL, null);

    public Cut {
        Objects.requireNonNull(dimension, "dimension");
        if ((dimension == KpiDimension.ALL) != (value == null)) {
            throw new InvalidCut("dimension " + dimension + " " + (value == null ? "needs a value" : "takes no value"));
        }
        if (value != null && !valuesOf(dimension).contains(value)) {
            throw new InvalidCut(value + " is not a value of " + dimension + "; one of " + valuesOf(dimension));
        }
    }

    /** {@code ALL}, {@code REGION:NOORD_LIMBURG}, ... */
    public static Cut parse(String code) {
        if (code == null || code.isBlank() || code.equals("ALL")) {
            return ALL;
        }
        int colon = code.indexOf(':');
        if (colon < 0) {
            throw new InvalidCut("not a dimension (ALL or e.g. REGION:NOORD_LIMBURG): " + code);
        }
        try {
            return new Cut(KpiDimension.valueOf(code.substring(0, colon)), code.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            if (e instanceof InvalidCut invalid) {
                throw invalid;
            }
            throw new InvalidCut("unknown dimension " + code.substring(0, colon) + "; one of "
                    + Arrays.toString(KpiDimension.values()));
        }
    }

    public String code() {
        return value == null ? dimension.name() : dimension.name() + ":" + value;
    }

    /** Every value a dimension can take, in vocabulary order. */
    public static List<String> valuesOf(KpiDimension dimension) {
        Enum<?>[] constants = switch (dimension) {
            case ALL -> new Enum<?>[0];
            case REGION -> Region.values();
            case SECTOR -> Sector.values();
            case SIZE_CLASS -> SizeClass.values();
            case ACTION_LINE -> ActionLine.values();
        };
        return Arrays.stream(constants).map(Enum::name).toList();
    }

    /** Every cut of one dimension (just {@link #ALL} for ALL). */
    public static List<Cut> allOf(KpiDimension dimension) {
        if (dimension == KpiDimension.ALL) {
            return List.of(ALL);
        }
        return valuesOf(dimension).stream().map(v -> new Cut(dimension, v)).toList();
    }

    /** The cuts a member's figures fall into: ALL plus its region, sector, size class and action lines. */
    public static List<Cut> of(MemberDimensions member) {
        List<Cut> cuts = new ArrayList<>();
        cuts.add(ALL);
        if (member == null) {
            return cuts;
        }
        cuts.add(new Cut(KpiDimension.REGION, member.region().name()));
        cuts.add(new Cut(KpiDimension.SECTOR, member.sector().name()));
        cuts.add(new Cut(KpiDimension.SIZE_CLASS, member.sizeClass().name()));
        member.actionLines().forEach(line -> cuts.add(new Cut(KpiDimension.ACTION_LINE, line.name())));
        return cuts;
    }

    /** Whether a member's figures count in this cut; an unknown member counts only in ALL. */
    public boolean includes(MemberDimensions member) {
        if (dimension == KpiDimension.ALL) {
            return true;
        }
        if (member == null) {
            return false;
        }
        return switch (dimension) {
            case REGION -> member.region().name().equals(value);
            case SECTOR -> member.sector().name().equals(value);
            case SIZE_CLASS -> member.sizeClass().name().equals(value);
            case ACTION_LINE -> member.actionLines().stream().anyMatch(line -> line.name().equals(value));
            case ALL -> true;
        };
    }

    /** Whether a partner's report counts in this cut: by its own region, sector and size class; no action line. */
    public boolean includesPlace(Place place) {
        return switch (dimension) {
            case ALL -> true;
            case REGION -> place.region().name().equals(value);
            case SECTOR -> place.sector().name().equals(value);
            case SIZE_CLASS -> place.sizeClass() != null && place.sizeClass().name().equals(value);
            case ACTION_LINE -> false;
        };
    }

    @Override
    public String toString() {
        return code();
    }
}
