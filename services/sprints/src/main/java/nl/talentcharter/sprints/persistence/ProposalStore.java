package nl.talentcharter.sprints.persistence;

import java.util.List;
import nl.talentcharter.sprints.domain.proposal.ProposedCohorts;
import nl.talentcharter.sprints.domain.proposal.UnknownProposal;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Loads and saves cohort proposals, one document each. */
@Component
public class ProposalStore {

    private final MongoTemplate mongo;

    public ProposalStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** A proposal with the version it was read at. */
    public record Loaded(ProposalDocument document, ProposedCohorts proposal) {
    }

    public Loaded load(String proposalId) {
        ProposalDocument document = mongo.findById(proposalId, ProposalDocument.class);
        if (document == null) {
            throw new UnknownProposal("no cohort proposal " + proposalId);
        }
        return new Loaded(document, ProposedCohorts.restore(document.proposal));
    }

    public void insert(ProposedCohorts proposal) {
        ProposalDocument document = new ProposalDocument();
        document.id = proposal.id();
        document.proposal = proposal.state();
        mongo.insert(document);
    }

    /** @throws OptimisticLockingFailureException when someone else changed it since it was loaded */
    public void save(Loaded loaded) {
        loaded.document().proposal = loaded.proposal().state();
        mongo.save(loaded.document());
    }

    /** Newest first; {@code themeId} null = every theme. */
    public List<ProposedCohorts> all(String themeId) {
        Query query = themeId == null ? new Query() : Query.query(Criteria.where("proposal.themeId").is(themeId));
        query.with(Sort.by(Sort.Direction.DESC, "proposal.proposedAt"));
        return mongo.find(query, ProposalDocument.class).stream().map(d -> ProposedCohorts.restore(d.proposal)).toList();
    }
}
