package nl.talentcharter.partnergateway.domain;

import java.util.ArrayList;
import java.util.List;
import nl.talentcharter.contracts.partners.CourseAnnounced;
import nl.talentcharter.contracts.partners.TalentReferred;

/** Rules across fields that a JSON Schema cannot say: a period does not end before it starts. */
public final class PayloadRules {

    private PayloadRules() {
    }

    public static List<String> violations(Object payload) {
        List<String> violations = new ArrayList<>();
        if (payload instanceof TalentReferred referral) {
            for (int i = 0; i < referral.availability().size(); i++) {
                TalentReferred.Availability window = referral.availability().get(i);
                if (window.to().isBefore(window.from())) {
                    violations.add("$.availability[" + i + "].to: ends (" + window.to() + ") before it starts ("
                            + window.from() + ")");
                }
            }
        } else if (payload instanceof CourseAnnounced course && course.endDate().isBefore(course.startDate())) {
            violations.add("$.endDate: ends (" + course.endDate() + ") before it starts (" + course.startDate() + ")");
        }
        return violations;
    }
}
