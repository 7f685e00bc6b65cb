package nl.talentcharter.events.domain;

import java.util.List;
import java.util.regex.Pattern;
import nl.talentcharter.contracts.events.HeardKind;
import nl.talentcharter.contracts.vocabulary.ActionLine;

/** A theme or challenge heard on a work visit, tagged with action lines and free tags. */
public record Heard(HeardKind kind, String summary, List<ActionLine> actionLines, List<String> tags) {

    private static final Pattern TAG = Pattern.compile("[a-z0-9][a-z0-9-]{0,49}");

    public Heard {
        if (kind == null) {
            throw new InvalidGatheringData("heard.kind", "THEME or CHALLENGE is required");
        }
        Texts.require("heard.summary", summary, 2000);
        Texts.requireNoContactDetails("heard.summary", summary);
        actionLines = Texts.requireNoNulls("heard.actionLines", actionLines).stream().distinct().toList();
        tags = tags == null ? List.of() : tags.stream().distinct().toList();
        for (String tag : tags) {
            if (tag == null || !TAG.matcher(tag).matches()) {
                throw new InvalidGatheringData("heard.tags", "a tag is lower-case kebab-case, at most 50 characters: " + tag);
            }
        }
    }
}
