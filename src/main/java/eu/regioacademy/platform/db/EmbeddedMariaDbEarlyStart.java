package eu.regioacademy.platform.db;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Starts the embedded MariaDB while the application context is still being built (registered in
 * {@code META-INF/spring.factories}). Otherwise the server starts only when the first bean needs
 * a connection, after Tomcat and Vaadin's class scan, and start-up waits for both in turn.
 */
public class EmbeddedMariaDbEarlyStart implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment environment = context.getEnvironment();
        if (!environment.getProperty("regio.embedded-db.enabled", Boolean.class, true)) return;
        EmbeddedDatabaseProperties properties = Binder.get(environment)
                .bindOrCreate("regio.embedded-db", EmbeddedDatabaseProperties.class);
        EmbeddedMariaDb.startInBackground(properties);
    }
}
