package nl.talentcharter.sprints.application;

import java.util.List;
import java.util.Set;
import nl.talentcharter.sprints.domain.cohort.Candidate;
import nl.talentcharter.sprints.domain.interest.Interest;
import nl.talentcharter.sprints.domain.theme.Theme;
import nl.talentcharter.sprints.persistence.CompanyDirectory;
import nl.talentcharter.sprints.persistence.CompanyRecord;
import org.springframework.stereotype.Service;

/** What members want to work on: stated by themselves, inferred from their latest HR scan's gaps. */
@Service
public class Interests {

    private final CompanyDirectory companies;
    private final ThemeCatalogue themes;

    public Interests(CompanyDirectory companies, ThemeCatalogue themes) {
        this.companies = companies;
        this.themes = themes;
    }

    public List<Interest> of(String memberId) {
        CompanyRecord company = known(memberId);
        return Interest.of(themes.all(), company.statedThemes(), company.currentGaps());
    }

    /** Replaces the member's stated themes; every theme must exist. */
    public List<Interest> state(String memberId, Set<String> themeIds) {
        known(memberId);
        themeIds.forEach(themes::get);
        companies.stateThemes(memberId, themeIds);
        return of(memberId);
    }

    /** The active members interested in the theme, as the cohort planner sees them. */
    public List<Candidate> candidates(Theme theme) {
        return companies.active().stream()
                .filter(c -> c.region() != null)
                .filter(c -> c.statedThemes().contains(theme.id()) || c.currentGaps().stream().anyMatch(theme::answersGapIn))
                .map(c -> new Candidate(c.id(), c.legalName(), c.region(), c.frontRunner(), Set.copyOf(c.currentGaps()),
                        c.statedThemes().contains(theme.id())))
                .toList();
    }

    private CompanyRecord known(String memberId) {
        return companies.find(memberId).orElseThrow(() -> new MemberNotEligible("member-unknown",
                "member " + memberId + " is not known to the sprints service"));
    }
}
