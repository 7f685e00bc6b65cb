package nl.talentcharter.sprints.persistence;

import nl.talentcharter.sprints.domain.proposal.ProposedCohorts;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/** One stored cohort proposal, versioned so two operators deciding at once never overwrite each other. */
@Document(ProposalDocument.COLLECTION)
public class ProposalDocument {

    public static final String COLLECTION = "cohortProposals";

    @Id
    String id;
    @Version
    Long version;
    ProposedCohorts.State proposal;
}
