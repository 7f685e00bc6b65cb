package nl.talentcharter.sprints.domain.interest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import nl.talentcharter.sprints.domain.theme.Theme;

/**
 * A member's interest in one theme: stated by the member, inferred from the gaps of its latest HR scan that
 * the theme answers, or both.
 */
public record Interest(String themeId, boolean stated, List<String> gapsAnswered) {

    public Interest {
        gapsAnswered = List.copyOf(gapsAnswered);
    }

    public boolean inferred() {
        return !gapsAnswered.isEmpty();
    }

    /** The member's interests over the catalogue, in catalogue order. */
    public static List<Interest> of(Collection<Theme> themes, Set<String> statedThemes, List<String> gaps) {
        List<Interest> interests = new ArrayList<>();
        for (Theme theme : themes) {
            List<String> answered = gaps.stream().filter(theme::answersGapIn).sorted().toList();
            boolean stated = statedThemes.contains(theme.id());
            if (stated || !answered.isEmpty()) {
                interests.add(new Interest(theme.id(), stated, answered));
            }
        }
        return interests;
    }
}
