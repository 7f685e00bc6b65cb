package nl.talentcharter.sprints.application;

public class UnknownTheme extends RuntimeException {

    public UnknownTheme(String themeId) {
        super("no theme " + themeId);
    }
}
