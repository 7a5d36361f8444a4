package eu.regioacademy;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The package rules of STYLE.md, kept by the build. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("eu.regioacademy");
    }

    @Test
    void features_do_not_depend_on_each_other_in_cycles() {
        // the generated schema classes name our converter in their field definitions: not a design dependency
        slices().matching("eu.regioacademy.(*)..").should().beFreeOfCycles()
                .ignoreDependency(com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage("eu.regioacademy.db.."),
                        com.tngtech.archunit.base.DescribedPredicate.alwaysTrue())
                .check(classes);
    }

    @Test
    void vaadin_is_used_only_in_ui_packages_and_the_platform() {
        noClasses().that().resideOutsideOfPackages("..ui..", "eu.regioacademy.platform..")
                .should().dependOnClassesThat().resideInAPackage("com.vaadin..")
                .check(classes);
    }

    @Test
    void jooq_is_used_only_in_repositories_queries_and_the_database_plumbing() {
        noClasses().that().resideOutsideOfPackages("eu.regioacademy.db..", "eu.regioacademy.platform.db..")
                .and().haveSimpleNameNotEndingWith("Repository").and().haveSimpleNameNotEndingWith("Query")
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "eu.regioacademy.db..")
                .check(classes);
    }

    @Test
    void views_never_reach_past_the_services() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "our repositories or queries", c -> c.getPackageName().startsWith("eu.regioacademy")
                                && (c.getSimpleName().endsWith("Repository") || c.getSimpleName().endsWith("Query"))))
                .check(classes);
    }
}
