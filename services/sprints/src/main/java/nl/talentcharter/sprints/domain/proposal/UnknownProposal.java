package nl.talentcharter.sprints.domain.proposal;

/** No such cohort proposal, or no cohort with that number in it. */
public class UnknownProposal extends RuntimeException {

    public UnknownProposal(String message) {
        super(message);
    }
}
