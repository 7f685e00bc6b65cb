package nl.talentcharter.servicekit.sample;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

@Document("notes")
public record Note(@Id String id, @Version Long version, String text) {
}
