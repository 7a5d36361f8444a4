package eu.regioacademy.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import eu.regioacademy.KaribuTest;
import eu.regioacademy.TestUsers;
import eu.regioacademy.platform.ui.AccessDeniedView;
import eu.regioacademy.platform.ui.LoginView;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Service;

/**
 * Who may open each route and call each public service method, per role and for anonymous
 * visitors, measured on the running application and compared with the table in
 * {@code docs/security.md}. Any difference fails; {@code -Daccess.matrix.write=true} writes the
 * table anew (then review the diff: it is the change in who may do what).
 *
 * <p>Routes go through Vaadin's navigation access control, services through Spring's method
 * security. Each column is a person holding that one role only. Methods get dummy arguments
 * (zeros, false, null): only whether method security lets the call through matters, so any
 * other failure counts as "allowed". Everything runs in the test's rolled-back transaction.
 */
class AccessMatrixTest extends KaribuTest {

    static final Path DOC = Path.of("docs", "security.md");
    static final String START = "<!-- access-matrix:start -->";
    static final String END = "<!-- access-matrix:end -->";
    static final String ANONYMOUS = "anonymous";

    @Autowired
    UserDetailsService users;

    /** The demo person whose account stands for each role (their other roles are dropped). */
    private static final Map<Role, String> ACCOUNTS = Map.of(Role.LEARNER, TestUsers.LEARNER,
            Role.MENTOR, TestUsers.MENTOR, Role.COORDINATOR, TestUsers.COORDINATOR,
            Role.SECRETARIAT, TestUsers.SECRETARIAT, Role.ADMIN, TestUsers.ADMIN);

    private List<String> columns() {
        List<String> columns = new ArrayList<>(List.of(ANONYMOUS));
        for (Role role : Role.values()) {
            columns.add(role.name());
        }
        return columns;
    }

    private @Nullable Authentication principal(String column) {
        if (ANONYMOUS.equals(column)) {
            return null;
        }
        Role role = Role.valueOf(column);
        SignedInUser demo = (SignedInUser) users.loadUserByUsername(ACCOUNTS.get(role));
        SignedInUser only = new SignedInUser(demo.id(), demo.email(), demo.displayName(), demo.regionId(),
                demo.regionName(), demo.locale(), demo.timeZone(), null, true, null, EnumSet.of(role));
        return UsernamePasswordAuthenticationToken.authenticated(only, null, only.getAuthorities());
    }

    @Test
    void who_may_do_what_is_exactly_the_table_in_the_security_document() throws IOException {
        Map<String, Map<String, Boolean>> matrix = new LinkedHashMap<>();
        for (String column : columns()) {
            for (Class<?> view : AccessAnnotationsTest.annotatedWith(Route.class)) {
                String path = concretePath(view.getAnnotation(Route.class).value());
                matrix.computeIfAbsent("route `/" + routeTemplate(view) + "` (" + view.getSimpleName() + ")",
                        k -> new LinkedHashMap<>()).put(column, mayOpen(column, view, path));
            }
            for (Object bean : context.getBeansWithAnnotation(Service.class).values()) {
                Class<?> type = AopUtils.getTargetClass(bean);
                if (!type.getPackageName().startsWith("eu.regioacademy") || !AccessAnnotationsTest.isApplicationClass(type)) {
                    continue;
                }
                AccessAnnotationsTest.publicMethods(type).forEach(method ->
                        matrix.computeIfAbsent("`" + AccessAnnotationsTest.signature(method) + "`",
                                k -> new LinkedHashMap<>()).put(column, mayCall(column, bean, method)));
            }
        }
        String table = render(matrix);
        String document = Files.exists(DOC) ? Files.readString(DOC, StandardCharsets.UTF_8) : "";
        if (Boolean.getBoolean("access.matrix.write")) {
            Files.writeString(DOC, withTable(document, table), StandardCharsets.UTF_8);
        }
        assertThat(tableIn(Files.readString(DOC, StandardCharsets.UTF_8)))
                .as("who may do what in the live application versus " + DOC
                        + " (run with -Daccess.matrix.write=true to rewrite the table, then review the diff)")
                .isEqualTo(table);
    }

    private boolean mayOpen(String column, Class<?> view, String path) {
        openAs(principal(column));
        try {
            navigateTo(path);
        } catch (RuntimeException e) {
            // only a refusal by the access control counts as refused; the view failing on a dummy id does not
            if (e.getClass().getSimpleName().contains("AccessDenied")) {
                return false;
            }
            return true;
        }
        Object current = UI.getCurrent().getCurrentView();
        if (current instanceof AccessDeniedView) {
            return false;
        }
        // an anonymous visitor is sent to sign in instead
        return !(current instanceof LoginView) || view == LoginView.class;
    }

    private boolean mayCall(String column, Object bean, Method method) {
        SecurityContextHolder.clearContext();
        Authentication auth = principal(column);
        SecurityContextHolder.getContext().setAuthentication(auth != null ? auth
                : new AnonymousAuthenticationToken("matrix", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        try {
            method.invoke(bean, dummyArguments(method));
            return true;
        } catch (InvocationTargetException e) {
            return !(e.getCause() instanceof AuthorizationDeniedException
                    || e.getCause() instanceof AuthenticationCredentialsNotFoundException);
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static final Map<Class<?>, Object> DUMMIES = Map.of(boolean.class, false, long.class, 0L, int.class, 0,
            double.class, 0d, float.class, 0f, short.class, (short) 0, byte.class, (byte) 0, char.class, 'x');

    private static @Nullable Object[] dummyArguments(Method method) {
        Class<?>[] types = method.getParameterTypes();
        Object[] args = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            args[i] = DUMMIES.get(types[i]);
        }
        return args;
    }

    /** The route as declared, without parameter patterns: {@code mentoring/pairings/:id}. */
    static String routeTemplate(Class<?> view) {
        return view.getAnnotation(Route.class).value().replaceAll("\\([^)]*\\)", "");
    }

    /** A route with its parameters filled in: numbers for ids, a word for codes, optional ones left out. */
    static String concretePath(String template) {
        List<String> segments = new ArrayList<>();
        for (String segment : template.replaceAll("\\([^)]*\\)", "").split("/")) {
            if (segment.startsWith(":") && segment.endsWith("?")) {
                continue;
            }
            segments.add(!segment.startsWith(":") ? segment
                    : segment.equals(":id") ? "1" : "no-such-" + segment.substring(1));
        }
        return String.join("/", segments);
    }

    private String render(Map<String, Map<String, Boolean>> matrix) {
        List<String> columns = columns();
        StringBuilder out = new StringBuilder("| route or service method | " + String.join(" | ", columns) + " |\n|---|");
        out.append(":---:|".repeat(columns.size())).append('\n');
        List<String> rows = new ArrayList<>(matrix.keySet());
        rows.sort((a, b) -> a.startsWith("route") != b.startsWith("route") ? (a.startsWith("route") ? -1 : 1)
                : a.compareTo(b));
        for (String row : rows) {
            out.append("| ").append(row).append(" |");
            for (String column : columns) {
                out.append(Boolean.TRUE.equals(matrix.get(row).get(column)) ? " yes |" : " no |");
            }
            out.append('\n');
        }
        return out.toString();
    }

    static String tableIn(String document) {
        int start = document.indexOf(START);
        int end = document.indexOf(END);
        if (start < 0 || end < start) {
            return "(no table between " + START + " and " + END + ")";
        }
        return document.substring(start + START.length(), end).strip() + "\n";
    }

    static String withTable(String document, String table) {
        int start = document.indexOf(START);
        int end = document.indexOf(END);
        String block = START + "\n" + table + END;
        if (start < 0 || end < start) {
            return document + (document.isEmpty() || document.endsWith("\n") ? "" : "\n") + "\n" + block + "\n";
        }
        return document.substring(0, start) + block + document.substring(end + END.length());
    }

    @Test
    void route_parameters_are_filled_with_dummies_and_optional_ones_left_out() {
        assertThat(concretePath("mentoring/pairings/:id([0-9]{1,18})")).isEqualTo("mentoring/pairings/1");
        assertThat(concretePath("modules/:code/lessons/:slug")).isEqualTo("modules/no-such-code/lessons/no-such-slug");
        assertThat(concretePath("verify/:code?")).isEqualTo("verify");
        assertThat(Set.of(concretePath(""))).containsExactly("");
    }
}
