package eu.regioacademy.debug;

import eu.regioacademy.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

class DebugBrowserTest extends BrowserTest {
    @Test
    void debug() throws Exception {
        open("login");
        Thread.sleep(8000);
        Object s = ((JavascriptExecutor) browser()).executeScript("return 'online=' + navigator.onLine + ' state=' + (window.Vaadin.connectionState && window.Vaadin.connectionState.state) + ' initial=' + typeof (window.Vaadin.TypeScript && window.Vaadin.TypeScript.initial)");
        System.out.println("STATE: " + s);
        Object x = ((JavascriptExecutor) browser()).executeAsyncScript("const cb = arguments[arguments.length-1]; const r = new XMLHttpRequest(); r.open('GET', '?v-r=init&location=login'); r.onload = () => cb('status=' + r.status + ' ' + r.responseText.substring(0, 300)); r.onerror = (e) => cb('error ' + e.type); r.send();");
        System.out.println("XHR: " + x);
        System.out.println("LOGS: " + browser().manage().logs().get("browser").getAll());
    }
}
