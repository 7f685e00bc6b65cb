package nl.talentcharter.examples.partnerconsumer;

/** Where invalid records go (a log, an alert, a table to look at later). The consumer moves past them. */
@FunctionalInterface
public interface InvalidEventReporter {

    void report(InvalidEvent invalid);
}
