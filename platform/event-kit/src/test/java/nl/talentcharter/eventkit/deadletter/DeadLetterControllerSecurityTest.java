package nl.talentcharter.eventkit.deadletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.util.List;
import nl.talentcharter.testkit.TestInfrastructure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.core.context.SecurityContextHolder;

/** Where Spring Security is on, the dead-letter endpoint answers operators only, whatever the URL rules say. */
class DeadLetterControllerSecurityTest {

    @Configuration
    @EnableMethodSecurity
    static class MethodSecurity {

        @Bean(destroyMethod = "close")
        MongoClient mongoClient() {
            return MongoClients.create(TestInfrastructure.get().mongoUri("security"));
        }

        @Bean
        DeadLetterController controller(MongoClient client) {
            return new DeadLetterController(new DeadLetters(TestInfrastructure.get().kafkaBootstrapServers(), null,
                    new MongoTemplate(client, TestInfrastructure.freshDatabaseName()), 10));
        }
    }

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void onlyTheOperatorRoleMayListOrReDrive() {
        try (var context = new AnnotationConfigApplicationContext(MethodSecurity.class)) {
            DeadLetterController controller = context.getBean(DeadLetterController.class);

            assertThatThrownBy(() -> controller.list("nothing-here.dlq"))
                    .isInstanceOf(AuthenticationCredentialsNotFoundException.class);

            SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("v", "x", "ROLE_VIEWER"));
            assertThatThrownBy(() -> controller.list("nothing-here.dlq")).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> controller.redrive("nothing-here.dlq", 0, 0)).isInstanceOf(AccessDeniedException.class);

            SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("o", "x", "ROLE_OPERATOR"));
            assertThat(controller.list("nothing-here.dlq")).containsEntry("nothing-here.dlq", List.of());
        }
    }
}
