package nl.talentcharter.sprints.domain.sprint;

import java.util.List;

/** What a sprint brought: what was tried, the practices the companies shared, the agreements to go on. */
public record Outcome(String whatWasTried, List<String> practicesShared, List<String> agreementsToContinue) {

    public Outcome {
        practicesShared = practicesShared == null ? List.of() : List.copyOf(practicesShared);
        agreementsToContinue = agreementsToContinue == null ? List.of() : List.copyOf(agreementsToContinue);
    }
}
