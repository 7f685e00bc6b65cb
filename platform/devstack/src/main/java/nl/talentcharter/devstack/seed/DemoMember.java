package nl.talentcharter.devstack.seed;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One invented member organisation as the members API takes it ({@code POST /members}). Enumerations
 * are the contracts' UPPER_SNAKE_CASE names.
 *
 * @param municipality a Limburg municipality by its official name, or null for a cross-border member
 * @param placeName    the town; required across the border
 * @param country      NL, BE or DE
 */
public record DemoMember(String legalName, String kvkNumber, String kind, String educationLevel, String sector,
        int employees, String municipality, String placeName, String country, boolean frontRunner,
        List<String> actionLines) {

    static DemoMember employer(String legalName, String kvkNumber, String sector, int employees, String municipality,
            boolean frontRunner, String... actionLines) {
        return new DemoMember(legalName, kvkNumber, "EMPLOYER", null, sector, employees, municipality, null, "NL",
                frontRunner, List.of(actionLines));
    }

    static DemoMember school(String legalName, String kvkNumber, String level, int employees, String municipality,
            String... actionLines) {
        return new DemoMember(legalName, kvkNumber, "EDUCATION_INSTITUTION", level, "EDUCATION", employees,
                municipality, null, "NL", false, List.of(actionLines));
    }

    /** The request body of {@code POST /members}. */
    public Map<String, Object> requestBody() {
        Map<String, Object> location = new LinkedHashMap<>();
        location.put("country", country);
        if (municipality != null) {
            location.put("municipality", municipality);
        }
        if (placeName != null) {
            location.put("placeName", placeName);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("legalName", legalName);
        body.put("kvkNumber", kvkNumber);
        body.put("kind", kind);
        if (educationLevel != null) {
            body.put("educationLevel", educationLevel);
        }
        body.put("sector", sector);
        body.put("employees", employees);
        body.put("location", location);
        body.put("frontRunner", frontRunner);
        body.put("actionLines", actionLines);
        // how the alliance met them: the plan's instruments bring members in
        body.put("firstContact", Map.of("channel", frontRunner ? "WORK_VISIT" : "EVENT", "reference", "devstack-demo"));
        return body;
    }
}
