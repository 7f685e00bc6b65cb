package nl.talentcharter.partnergateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The partner gateway: partner systems (UWV, schools, labour-market regions) publish their CloudEvents here
 * (validated, authorised by scope, deduplicated, relayed to {@code talentcharter.partners.inbound}) and follow
 * the public topics by webhook or server-sent events; the contracts are served here at a stable URL.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PartnerGatewayApplication {

    public static void main(String[] args) {
        SpringApplication.run(PartnerGatewayApplication.class, args);
    }
}
