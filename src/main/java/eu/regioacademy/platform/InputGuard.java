package eu.regioacademy.platform;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.StaticMethodMatcherPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The text rule every write honours, whichever form or endpoint it came from: a service method
 * that writes (a {@code @Transactional} that is not read-only, on one of the app's services)
 * refuses, before it starts, an argument holding control characters or a broken surrogate
 * pair, or a date of an absurd year ({@link TextRules}), with a translated message for the field
 * (a record component's or the parameter's name). Lengths and number ranges depend on the column
 * and the meaning, so each service checks them itself with {@link TextRules}. Reads are left
 * alone: a search for odd text finds nothing and harms nothing.
 */
@Configuration(proxyBeanMethods = false)
class InputGuard {

    private static final int MAX_DEPTH = 3;

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor inputGuardAdvisor() {
        var pointcut = new StaticMethodMatcherPointcut() {
            @Override
            public boolean matches(Method method, Class<?> targetClass) {
                if (method.getParameterCount() == 0) return false;
                Transactional tx = AnnotatedElementUtils.findMergedAnnotation(method, Transactional.class);
                if (tx == null) tx = AnnotatedElementUtils.findMergedAnnotation(targetClass, Transactional.class);
                return tx != null && !tx.readOnly();
            }
        };
        // decided once per class, not once per method of every bean (start-up)
        pointcut.setClassFilter(type -> type.getName().startsWith("eu.regioacademy.")
                && AnnotatedElementUtils.hasAnnotation(type, Service.class));
        MethodInterceptor guard = InputGuard::check;
        return new DefaultPointcutAdvisor(pointcut, guard);
    }

    private static Object check(MethodInvocation invocation) throws Throwable {
        Parameter[] parameters = invocation.getMethod().getParameters();
        Object[] arguments = invocation.getArguments();
        for (int i = 0; i < arguments.length; i++) {
            inspect(parameters[i].getName(), arguments[i], 0);
        }
        return invocation.proceed();
    }

    private static void inspect(String field, Object value, int depth) {
        switch (value) {
            case null -> { }
            case String s -> {
                if (TextRules.hasForbiddenCharacters(s)) throw InvalidInputException.of(field, TextRules.CONTROL_CHARACTERS);
            }
            case Temporal t -> {
                if (TextRules.isAbsurd(t)) throw InvalidInputException.of(field, TextRules.ABSURD_DATE);
            }
            case Optional<?> o -> inspect(field, o.orElse(null), depth);
            case Collection<?> c when depth < MAX_DEPTH -> c.forEach(e -> inspect(field, e, depth + 1));
            case Map<?, ?> m when depth < MAX_DEPTH -> m.forEach((k, v) -> {
                inspect(field, k, depth + 1);
                inspect(field, v, depth + 1);
            });
            case Record r when depth < MAX_DEPTH -> {
                for (RecordComponent component : r.getClass().getRecordComponents()) {
                    try {
                        component.getAccessor().setAccessible(true);
                        inspect(component.getName(), component.getAccessor().invoke(r), depth + 1);
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
            default -> { }
        }
    }
}
