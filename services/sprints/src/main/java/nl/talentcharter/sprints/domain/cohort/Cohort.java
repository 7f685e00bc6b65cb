package nl.talentcharter.sprints.domain.cohort;

import java.util.List;

/** A proposed group of 4 to 8 companies; the first one is the company the cohort was built around. */
public record Cohort(List<Placement> companies) {

    public Cohort {
        companies = List.copyOf(companies);
    }

    public List<String> memberIds() {
        return companies.stream().map(Placement::memberId).toList();
    }

    public boolean hasFrontRunner() {
        return companies.stream().anyMatch(Placement::frontRunner);
    }
}
