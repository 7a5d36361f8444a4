package eu.regioacademy.platform;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tomcat keeps the channels of closed connections for reuse, each with its 8 KB read and 8 KB write
 * buffers, and a kept channel can still reach the last request processor it served (~100 KB) after
 * that processor left the processor cache. Left alone it keeps up to a 32nd of the maximum heap's
 * worth (4,096 channels with 2 GB), so the most connections ever closed at once stay for good. A new
 * connection costs little more without the cache ({@code regio.server.idle-connection-cache}, 0 = none).
 * Spring Boot has no property for it ({@code server.tomcat.processor-cache} bounds the processors).
 */
@Configuration(proxyBeanMethods = false)
class TomcatCaches {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> idleConnectionCache(
            @Value("${regio.server.idle-connection-cache:0}") int channels) {
        return factory -> factory.addConnectorCustomizers(connector -> {
            if (!connector.setProperty("socket.bufferPool", String.valueOf(channels))) {
                throw new IllegalStateException("this connector has no socket.bufferPool");
            }
        });
    }
}
