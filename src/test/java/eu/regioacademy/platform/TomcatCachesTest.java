package eu.regioacademy.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.catalina.connector.Connector;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * What stays after a peak is bounded by configuration, not by the heap or the peak: the soak in
 * docs/benchmarks.md ("where the heap went") measures the effect.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TomcatCachesTest {

    @Autowired
    WebServerApplicationContext context;

    @Test
    void the_server_keeps_at_most_ten_idle_request_processors_no_closed_connections_and_fifty_workers() {
        Connector connector = ((TomcatWebServer) context.getWebServer()).getTomcat().getConnector();

        assertThat(connector.getProperty("processorCache")).hasToString("10");
        assertThat(connector.getProperty("socket.bufferPool")).hasToString("0");
        assertThat(connector.getProperty("maxThreads")).hasToString("50");
    }
}
