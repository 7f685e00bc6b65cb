package nl.talentcharter.pools.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.talentcharter.pools.domain.matching.Assessment;
import nl.talentcharter.pools.domain.matching.Assessor;
import nl.talentcharter.pools.domain.matching.Candidate;
import nl.talentcharter.pools.domain.matching.Need;
import nl.talentcharter.pools.domain.matching.SkillNames;

/** The baseline the matcher must beat: request by request, the best remaining person for each position. */
final class Greedy {

    private Greedy() {
    }

    static long objective(List<Need> needs, List<Candidate> people) {
        Assessor assessor = new Assessor(People.TODAY, SkillNames.uris());
        Set<String> taken = new HashSet<>();
        long total = 0;
        for (Need need : needs) {
            for (int i = 0; i < need.count(); i++) {
                Assessment best = null;
                for (Candidate person : people) {
                    Assessment a = assessor.assess(person, need);
                    if (!taken.contains(person.personId()) && a.weight() > 0 && (best == null || a.weight() > best.weight())) {
                        best = a;
                    }
                }
                if (best != null) {
                    taken.add(best.candidate().personId());
                    total += best.weight();
                }
            }
        }
        return total;
    }
}
