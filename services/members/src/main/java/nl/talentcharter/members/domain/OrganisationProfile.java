package nl.talentcharter.members.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import nl.talentcharter.contracts.vocabulary.ActionLine;
import nl.talentcharter.contracts.vocabulary.EducationLevel;
import nl.talentcharter.contracts.vocabulary.OrganisationKind;
import nl.talentcharter.contracts.vocabulary.Region;
import nl.talentcharter.contracts.vocabulary.Sector;
import nl.talentcharter.contracts.vocabulary.SizeClass;

/**
 * What the alliance knows about a member organisation. Education level belongs to education
 * institutions only, and an education institution always has one.
 */
public record OrganisationProfile(String legalName, KvkNumber kvkNumber, OrganisationKind kind,
        EducationLevel educationLevel, Sector sector, int employees, Location location, Set<ActionLine> actionLines) {

    static final int MAX_NAME_LENGTH = 200;

    public OrganisationProfile {
        if (legalName == null || legalName.isBlank()) {
            throw new InvalidMemberData("legalName", "a legal name is required");
        }
        legalName = legalName.strip();
        if (legalName.length() > MAX_NAME_LENGTH) {
            throw new InvalidMemberData("legalName", "a legal name has at most " + MAX_NAME_LENGTH + " characters");
        }
        require(kvkNumber, "kvkNumber");
        require(kind, "kind");
        require(sector, "sector");
        require(location, "location");
        if (kind == OrganisationKind.EDUCATION_INSTITUTION && educationLevel == null) {
            throw new InvalidMemberData("educationLevel", "an education institution needs its level (MBO, HBO, WO)");
        }
        if (kind != OrganisationKind.EDUCATION_INSTITUTION && educationLevel != null) {
            throw new InvalidMemberData("educationLevel", "only an education institution has an education level");
        }
        if (employees < 0) {
            throw new InvalidMemberData("employees", "employees must not be negative");
        }
        actionLines = actionLines == null || actionLines.isEmpty()
                ? Set.of()
                : Set.copyOf(EnumSet.copyOf(actionLines));
    }

    public SizeClass sizeClass() {
        return SizeClass.ofEmployees(employees);
    }

    public Region region() {
        return location.region();
    }

    /** Action lines in their declared order: stable on the wire and in history. */
    public List<ActionLine> actionLinesInOrder() {
        return actionLines.isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(actionLines));
    }

    /** The names of the fields that differ from {@code other}, as they are named in the API and events. */
    public SortedSet<String> differencesFrom(OrganisationProfile other) {
        SortedSet<String> changed = new TreeSet<>();
        if (!legalName.equals(other.legalName)) changed.add("legalName");
        if (!kvkNumber.equals(other.kvkNumber)) changed.add("kvkNumber");
        if (kind != other.kind) changed.add("kind");
        if (educationLevel != other.educationLevel) changed.add("educationLevel");
        if (sector != other.sector) changed.add("sector");
        if (employees != other.employees) changed.add("employees");
        if (!location.equals(other.location)) changed.add("location");
        if (!actionLines.equals(other.actionLines)) changed.add("actionLines");
        return changed;
    }

    /** A field's value as history shows it. */
    String describe(String field) {
        return switch (field) {
            case "legalName" -> legalName;
            case "kvkNumber" -> kvkNumber.value();
            case "kind" -> kind.name();
            case "educationLevel" -> educationLevel == null ? null : educationLevel.name();
            case "sector" -> sector.name();
            case "employees" -> Integer.toString(employees);
            case "location" -> location.placeName() + " (" + location.country()
                    + (location.municipality() == null ? "" : ", " + location.municipality().officialName()) + ")";
            case "actionLines" -> String.join(",", new ArrayList<>(actionLinesInOrder().stream().map(Enum::name).toList()));
            default -> throw new IllegalArgumentException(field);
        };
    }

    private static void require(Object value, String field) {
        if (Objects.isNull(value)) {
            throw new InvalidMemberData(field, field + " is required");
        }
    }
}
