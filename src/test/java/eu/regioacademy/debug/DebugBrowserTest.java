package eu.regioacademy.debug;

import eu.regioacademy.BrowserTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

class DebugBrowserTest extends BrowserTest {
    void shot(String name) throws Exception {
        Thread.sleep(2500);
        Files.write(Path.of("/tmp/shot-" + name + ".png"), ((TakesScreenshot) browser()).getScreenshotAs(OutputType.BYTES));
    }
    @Test
    void debug() throws Exception {
        open("login");
        shot("login");
        signIn("admin@example.org", "demo");
        shot("home");
        open("admin");
        shot("admin");
        open("secretariat");
        shot("denied");
    }
}
