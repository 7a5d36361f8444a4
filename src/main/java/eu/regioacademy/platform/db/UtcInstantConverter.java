package eu.regioacademy.platform.db;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.jooq.impl.AbstractConverter;

/**
 * MariaDB's DATETIME has no time zone; we always store UTC there, so reading and writing
 * never depends on the server's or the JVM's zone.
 */
public final class UtcInstantConverter extends AbstractConverter<LocalDateTime, Instant> {

    public UtcInstantConverter() {
        super(LocalDateTime.class, Instant.class);
    }

    @Override
    public Instant from(LocalDateTime databaseObject) {
        return databaseObject == null ? null : databaseObject.toInstant(ZoneOffset.UTC);
    }

    @Override
    public LocalDateTime to(Instant userObject) {
        return userObject == null ? null : LocalDateTime.ofInstant(userObject, ZoneOffset.UTC);
    }
}
