package eu.regioacademy.platform;

import static org.assertj.core.api.Assertions.assertThat;

import eu.regioacademy.IntegrationTest;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Requests are not observed one filter at a time while nothing reads the metrics (docs/benchmarks.md). */
@IntegrationTest
class RequestObservationsTest {

    @Autowired
    ObservationRegistry observations;

    @Test
    void neither_the_security_filters_nor_the_http_requests_are_observed() {
        assertThat(Observation.start("spring.security.filterchains", observations).isNoop()).isTrue();
        assertThat(Observation.start("spring.security.authorizations", observations).isNoop()).isTrue();
        assertThat(Observation.start("http.server.requests", observations).isNoop()).isTrue();
    }
}
