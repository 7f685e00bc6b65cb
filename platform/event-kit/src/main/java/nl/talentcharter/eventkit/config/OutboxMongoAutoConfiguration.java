package nl.talentcharter.eventkit.config;

import nl.talentcharter.eventkit.outbox.OutboxMongoTemplate;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.convert.MongoConverter;

/**
 * Makes the application's {@code mongoTemplate} an {@link OutboxMongoTemplate}, so that saving an aggregate
 * document never writes back outbox entries the relay already published (ADR 0025). Runs before Boot's
 * own Spring Data MongoDB configuration, whose plain template then backs off; the factory and converter are
 * still Boot's.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
        afterName = "org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration")
@ConditionalOnClass(MongoTemplate.class)
public class OutboxMongoAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(MongoOperations.class)
    MongoTemplate mongoTemplate(MongoDatabaseFactory factory, MongoConverter converter) {
        return new OutboxMongoTemplate(factory, converter);
    }
}
