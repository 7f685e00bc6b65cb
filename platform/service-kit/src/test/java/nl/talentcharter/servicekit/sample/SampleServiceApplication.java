package nl.talentcharter.servicekit.sample;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A tiny service that uses nothing but the kit's defaults: what a real service gets for free. */
@SpringBootApplication
public class SampleServiceApplication {
}
