package eu.regioacademy.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Service;
import org.springframework.util.ClassUtils;

/**
 * No access rule is left to a default: every route and every public service method says who may
 * use it. Without a rule, Vaadin would refuse a route (fine, but by accident) and Spring would let
 * anyone call a method (not fine).
 */
class AccessAnnotationsTest {

    private static final Set<Class<? extends Annotation>> VIEW_RULES =
            Set.of(AnonymousAllowed.class, PermitAll.class, RolesAllowed.class, DenyAll.class);
    private static final Set<Class<? extends Annotation>> METHOD_RULES =
            Set.of(PermitAll.class, RolesAllowed.class, DenyAll.class);

    /** The classes of the application carrying an annotation, found the way Spring scans. */
    static List<Class<?>> annotatedWith(Class<? extends Annotation> annotation) {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(annotation));
        return scanner.findCandidateComponents("eu.regioacademy").stream()
                .map(BeanDefinition::getBeanClassName)
                .map(name -> ClassUtils.resolveClassName(name, AccessAnnotationsTest.class.getClassLoader()))
                .filter(AccessAnnotationsTest::isApplicationClass)
                .sorted(Comparator.comparing(Class::getName))
                .<Class<?>>map(type -> type)
                .toList();
    }

    /** Compiled from src/main, not a test's helper (such as the load test's floor view). */
    static boolean isApplicationClass(Class<?> type) {
        var source = type.getProtectionDomain().getCodeSource();
        return source == null || !source.getLocation().getPath().contains("test-classes");
    }

    /** Public methods a caller can reach on a service bean, in a stable order. */
    static Stream<Method> publicMethods(Class<?> service) {
        return Stream.of(service.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
                .filter(m -> !m.isSynthetic() && !m.isBridge())
                .sorted(Comparator.comparing(AccessAnnotationsTest::signature));
    }

    static String signature(Method method) {
        return method.getDeclaringClass().getSimpleName() + "." + method.getName() + "("
                + String.join(", ", Stream.of(method.getParameterTypes()).map(Class::getSimpleName).toList()) + ")";
    }

    private static boolean hasAny(AnnotatedElement element, Set<Class<? extends Annotation>> rules) {
        return rules.stream().anyMatch(element::isAnnotationPresent);
    }

    @Test
    void the_scan_finds_the_applications_routes_and_services() {
        assertThat(annotatedWith(Route.class)).hasSizeGreaterThan(20);
        assertThat(annotatedWith(Service.class)).hasSizeGreaterThan(20);
    }

    @Test
    void every_route_carries_an_access_annotation() {
        List<String> missing = annotatedWith(Route.class).stream()
                .filter(view -> !hasAny(view, VIEW_RULES))
                .map(Class::getName)
                .toList();
        assertThat(missing).as("routes without @AnonymousAllowed, @PermitAll, @RolesAllowed or @DenyAll").isEmpty();
    }

    @Test
    void every_public_service_method_carries_an_authorisation_rule() {
        List<String> missing = new ArrayList<>();
        for (Class<?> service : annotatedWith(Service.class)) {
            boolean classRule = hasAny(service, METHOD_RULES);
            publicMethods(service)
                    .filter(method -> !classRule && !hasAny(method, METHOD_RULES))
                    .forEach(method -> missing.add(signature(method)));
        }
        assertThat(missing).as("public service methods without @PermitAll, @RolesAllowed or @DenyAll").isEmpty();
    }
}
