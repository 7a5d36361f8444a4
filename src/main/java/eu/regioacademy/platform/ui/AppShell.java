package eu.regioacademy.platform.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.lumo.Lumo;

/** Lumo plus our own plain CSS: no frontend bundle build, so no Node on any machine. */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
@Meta(name = "description", content = "Regio Academy: regional staff learning from each other")
public class AppShell implements AppShellConfigurator {
}
