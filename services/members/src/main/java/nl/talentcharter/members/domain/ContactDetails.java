package nl.talentcharter.members.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/** The personal data of a contact person. Lives only in this service and only until erased. */
public record ContactDetails(String name, String email, String jobTitle) {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final int MAX_LENGTH = 200;
    private static final int MAX_EMAIL_LENGTH = 254;

    public ContactDetails {
        if (name == null || name.isBlank()) {
            throw new InvalidMemberData("name", "a contact needs a name");
        }
        name = name.strip();
        if (name.length() > MAX_LENGTH) {
            throw new InvalidMemberData("name", "a name has at most " + MAX_LENGTH + " characters");
        }
        if (email == null || email.isBlank()) {
            throw new InvalidMemberData("email", "a contact needs an email address");
        }
        email = email.strip().toLowerCase(Locale.ROOT);
        if (email.length() > MAX_EMAIL_LENGTH || !EMAIL.matcher(email).matches()) {
            throw new InvalidMemberData("email", "not a valid email address");
        }
        jobTitle = jobTitle == null || jobTitle.isBlank() ? null : jobTitle.strip();
        if (jobTitle != null && jobTitle.length() > MAX_LENGTH) {
            throw new InvalidMemberData("jobTitle", "a job title has at most " + MAX_LENGTH + " characters");
        }
    }

    /** Names of the fields that differ, never their values: history must not keep personal data. */
    java.util.List<String> differencesFrom(ContactDetails other) {
        java.util.List<String> changed = new java.util.ArrayList<>();
        if (!name.equals(other.name)) changed.add("name");
        if (!email.equals(other.email)) changed.add("email");
        if (!java.util.Objects.equals(jobTitle, other.jobTitle)) changed.add("jobTitle");
        return changed;
    }
}
