package eu.regioacademy.platform.db;

import eu.regioacademy.Application;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The whole application, web server on a free port included, started as in production on a
 * database given by URL (the embedded one off), for tests that need it on a database of their own.
 */
final class AppOnDatabase implements AutoCloseable {

    final ConfigurableApplicationContext context;

    private AppOnDatabase(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** @param demoData load the demo data (an empty database) or start on the data as found (a restore) */
    static AppOnDatabase start(String jdbcUrl, boolean demoData) {
        // command-line arguments outrank application-test.properties
        return new AppOnDatabase(new SpringApplicationBuilder(Application.class).profiles("test").run(
                "--regio.embedded-db.enabled=false",
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=root",
                "--spring.datasource.password=",
                "--spring.datasource.hikari.maximum-pool-size=4",
                "--regio.demo-data=" + demoData,
                "--server.port=0"));
    }

    int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        SecurityContextHolder.clearContext();
        context.close();
    }
}
