package nl.talentcharter.sprints.domain.theme;

import static nl.talentcharter.contracts.vocabulary.ActionLine.ATTRACT;
import static nl.talentcharter.contracts.vocabulary.ActionLine.DEVELOP;
import static nl.talentcharter.contracts.vocabulary.ActionLine.MAINTAIN;
import static nl.talentcharter.contracts.vocabulary.ActionLine.REALISE;
import static nl.talentcharter.contracts.vocabulary.ActionLine.RETAIN;

import java.util.List;

/**
 * The themes the action plan names, present from the first start; operators add more. The HR-scan domain
 * keys are those of the hr-scans service's templates (v1 and v2,
 * {@code services/hr-scans/src/main/resources/templates}), so a scan on either version informs interest.
 */
public final class DefaultThemes {

    private DefaultThemes() {
    }

    public static List<Theme> all() {
        return List.of(
                new Theme("young-talent", "Keeping young talent in the region",
                        "Trainees, interns and young graduates stay in Limburg instead of leaving for the Randstad.",
                        List.of(RETAIN, ATTRACT), List.of("retention-and-employer-branding", "performance-and-careers", "learning-and-careers")),
                new Theme("labour-migrants", "Onboarding labour migrants",
                        "Housing, language, onboarding and retention of workers from abroad.",
                        List.of(ATTRACT, REALISE), List.of("international-recruitment", "onboarding", "diversity-and-inclusion")),
                new Theme("vitality", "Vitality and sustainable employability",
                        "Keeping people healthy and employable until retirement.",
                        List.of(RETAIN, MAINTAIN), List.of("vitality-and-employability")),
                new Theme("side-entrants", "Side-entrants",
                        "Recruiting and training people who switch from another sector.",
                        List.of(DEVELOP, ATTRACT), List.of("recruitment", "recruitment-and-selection", "learning-and-development")),
                new Theme("learning-culture", "A learning culture and lifelong learning",
                        "Learning on the job and lifelong learning as part of daily work.",
                        List.of(MAINTAIN, DEVELOP), List.of("learning-and-development", "learning-and-careers")),
                new Theme("hr-for-smes", "HR for SMEs without an HR department",
                        "Good employership when nobody has HR as a job: the basics, shared.",
                        List.of(RETAIN), List.of("strategic-workforce-planning", "hr-organisation-and-data", "leadership-and-culture")));
    }
}
