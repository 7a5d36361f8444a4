package eu.regioacademy.platform.db;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteListenerProvider;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.springframework.boot.jooq.autoconfigure.DefaultConfigurationCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * For benchmarks: the SQL an action runs, as the database receives it (values inlined), and
 * its {@code EXPLAIN}. Import it into a Spring test ({@code @Import(SqlCapture.class)}).
 */
@TestConfiguration
public class SqlCapture {

    private static final List<String> CAPTURED = Collections.synchronizedList(new ArrayList<>());
    private static volatile boolean capturing;

    @Bean
    DefaultConfigurationCustomizer captureSql() {
        ExecuteListener listener = new ExecuteListener() {
            @Override
            public void executeStart(ExecuteContext ctx) {
                if (capturing && ctx.query() != null) CAPTURED.add(ctx.dsl().renderInlined(ctx.query()));
            }
        };
        return c -> {
            List<ExecuteListenerProvider> all = new ArrayList<>(List.of(c.executeListenerProviders()));
            all.add(new DefaultExecuteListenerProvider(listener));
            c.set(all.toArray(ExecuteListenerProvider[]::new));
        };
    }

    /** The statements {@code action} runs, in order. */
    public static List<String> statementsOf(Runnable action) {
        CAPTURED.clear();
        capturing = true;
        try {
            action.run();
        } finally {
            capturing = false;
        }
        return List.copyOf(CAPTURED);
    }

    /** Markdown: each query of {@code action} with its plan. */
    public static String plansOf(DSLContext db, Runnable action) {
        StringBuilder out = new StringBuilder();
        for (String sql : statementsOf(action)) {
            if (!sql.startsWith("select") && !sql.startsWith("with")) continue;
            out.append("```sql\n").append(sql).append("\n```\n```\n");
            for (var row : db.fetch("EXPLAIN " + sql)) out.append(row.formatCSV(false, '\t', "NULL").strip()).append('\n');
            out.append("```\n\n");
        }
        return out.toString();
    }
}
