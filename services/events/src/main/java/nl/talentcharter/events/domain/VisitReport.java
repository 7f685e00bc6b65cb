package nl.talentcharter.events.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * What a work visit brought: who visited (personal data, kept here only), what was heard, follow-ups.
 */
public record VisitReport(LocalDate visitedOn, List<String> visitors, List<Heard> heard, List<ActionItem> followUps) {

    public VisitReport {
        if (visitedOn == null) {
            throw new InvalidGatheringData("visitedOn", "a date is required");
        }
        visitors = visitors == null ? List.of() : visitors.stream().map(v -> Texts.require("visitors", v, 200)).toList();
        heard = Texts.requireNoNulls("heard", heard);
        if (heard.isEmpty()) {
            throw new InvalidGatheringData("heard", "a report names at least one theme or challenge");
        }
        followUps = Texts.requireNoNulls("followUps", followUps);
    }
}
