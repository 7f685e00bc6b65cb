package nl.talentcharter.pools.domain.matching;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * SHA-256 over a canonical text of everything a run decided on, so a reviewer can show that a run is
 * reproducible: the same fingerprint gives the same outcome.
 */
public final class InputFingerprint {

    private InputFingerprint() {
    }

    public static String of(List<Need> needs, List<Candidate> people, LocalDate today) {
        TreeSet<String> lines = new TreeSet<>();
        for (Need n : needs) {
            lines.add("need|" + n.requestId() + "|" + n.memberId() + "|" + new TreeMap<>(n.requiredSkills()) + "|"
                    + new TreeSet<>(n.desiredSkills()) + "|" + new TreeMap<>(n.languages()) + "|"
                    + new TreeSet<>(n.certificates()) + "|" + n.period() + "|" + n.hoursPerWeek() + "|" + n.place()
                    + "|" + n.count() + "|" + new TreeSet<>(n.declined()));
        }
        for (Candidate c : people) {
            lines.add("person|" + c.personId() + "|" + new TreeMap<>(c.skills()) + "|" + new TreeMap<>(c.languages())
                    + "|" + c.certificates().stream().map(Certificate::toString).sorted().toList() + "|" + c.home()
                    + "|" + c.maxTravelKm() + "|" + c.availability() + "|" + c.consentToShare() + "|"
                    + c.waitingSince() + "|" + new TreeSet<>(c.formerEmployers()));
        }
        StringBuilder text = new StringBuilder("today|").append(today).append('\n');
        lines.forEach(line -> text.append(line).append('\n'));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
