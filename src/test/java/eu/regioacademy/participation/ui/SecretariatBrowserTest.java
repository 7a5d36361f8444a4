package eu.regioacademy.participation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import eu.regioacademy.BrowserTest;
import eu.regioacademy.TestUsers;
import eu.regioacademy.participation.LedgerFixture;
import eu.regioacademy.participation.ParticipationKind;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/** In a real browser: the map's regions are links that filter the dashboard, and the filter lives in the address. */
class SecretariatBrowserTest extends BrowserTest {

    @Autowired
    LedgerFixture ledger;

    @AfterEach
    void removeEntries() {
        ledger.removeEntries();
    }

    @Test
    void choosing_a_region_on_the_map_filters_the_dashboard_and_the_address() {
        ledger.entry(TestUsers.LEARNER, ParticipationKind.MODULE_COMPLETED, LocalDate.of(2031, 3, 10), "2.5", "health");
        ledger.entry(TestUsers.MENTOR, ParticipationKind.MODULE_COMPLETED, LocalDate.of(2031, 3, 20), "1.5", "funding");
        signIn(TestUsers.SECRETARIAT, TestUsers.DEMO_PASSWORD);
        waitFor(By.tagName("h2"));
        open("secretariat?from=2031-01-01&to=2031-12-31&kind=module_completed");
        waitForText(By.cssSelector(".figure-people .figure-value"), "2");
        long skane = ledger.region("SE224");
        WebElement hex = waitFor(By.cssSelector(".region-map a[href*='region=" + skane + "'] polygon"));
        ((org.openqa.selenium.JavascriptExecutor) browser()).executeScript("arguments[0].scrollIntoView({block: 'center'})", hex);
        // the hexagon's short label sits on top of it, inside the same link: click where a person would
        new org.openqa.selenium.interactions.Actions(browser()).moveToElement(hex).click().perform();
        until(d -> d.getCurrentUrl().contains("region=" + skane));
        waitForText(By.cssSelector(".figure-people .figure-value"), "1");
        assertThat(browser().getCurrentUrl()).contains("from=2031-01-01", "kind=module_completed");
        assertThat(browser().findElement(By.cssSelector(".figure-training-hours .figure-value")).getText()).as("the secretariat reads French").isEqualTo("2,5");
    }

    @Test
    void a_chart_shows_its_numbers_as_a_table_when_asked() {
        ledger.entry(TestUsers.LEARNER, ParticipationKind.MODULE_COMPLETED, LocalDate.of(2031, 3, 10), "2.5", "health");
        signIn(TestUsers.SECRETARIAT, TestUsers.DEMO_PASSWORD);
        waitFor(By.tagName("h2"));
        open("secretariat?from=2031-01-01&to=2031-12-31");
        // drawing and table come with the fetched drawing, after the page
        WebElement months = waitFor(By.cssSelector(".chart-panel .chart svg[aria-labelledby^='chart-months']"));
        assertThat(months.getDomAttribute("viewBox")).as("SVG attributes keep their case").isNotBlank();
        WebElement panel = months.findElement(By.xpath("ancestor::*[contains(@class,'chart-panel')]"));
        WebElement summary = panel.findElement(By.cssSelector(".chart-details summary"));
        ((org.openqa.selenium.JavascriptExecutor) browser()).executeScript("arguments[0].scrollIntoView({block: 'center'})", summary);
        summary.click();
        WebElement table = panel.findElement(By.cssSelector(".chart-table table"));
        until(d -> table.isDisplayed() && !months.isDisplayed());
        assertThat(table.findElements(By.cssSelector("tbody tr"))).isNotEmpty();
    }
}
