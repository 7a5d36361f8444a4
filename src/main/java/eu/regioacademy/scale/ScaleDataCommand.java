package eu.regioacademy.scale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code --regio.scale.generate}: generates network-scale data after the demo data is in,
 * then stops the app (unless {@code --regio.scale.keep-running}). Run once per data directory.
 */
@Component
@Order(100)
@ConditionalOnBooleanProperty("regio.scale.generate")
class ScaleDataCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ScaleDataCommand.class);

    private final ScaleDataGenerator generator;
    private final ConfigurableApplicationContext context;
    private final long seed;
    private final boolean keepRunning;

    ScaleDataCommand(ScaleDataGenerator generator, ConfigurableApplicationContext context,
                     @Value("${regio.scale.seed:2026}") long seed,
                     @Value("${regio.scale.keep-running:false}") boolean keepRunning) {
        this.generator = generator;
        this.context = context;
        this.seed = seed;
        this.keepRunning = keepRunning;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (generator.generated()) {
            log.info("Network data is already in this database; delete its data directory to generate it again");
        } else {
            generator.generate(ScaleSize.network(), seed);
        }
        if (!keepRunning) System.exit(SpringApplication.exit(context, () -> 0));
    }
}
