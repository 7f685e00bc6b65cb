package nl.talentcharter.pools;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The workforce pools service: pools, talent offered and requested, consent, optimal matching, placements. */
@SpringBootApplication
public class PoolsApplication {

    public static void main(String[] args) {
        SpringApplication.run(PoolsApplication.class, args);
    }
}
