package eu.regioacademy.platform.db;

import java.lang.reflect.Method;
import java.time.Duration;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.StaticMethodMatcherPointcut;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.transaction.annotation.AnnotationTransactionAttributeSource;
import org.springframework.transaction.interceptor.TransactionAttributeSource;

/**
 * Puts {@link DeadlockRetry} around every {@code @Transactional} method, ordered just before
 * (outside) Spring's transaction advice, which keeps its default lowest precedence: each
 * attempt gets a fresh transaction. Method security runs earlier still, so a retry does not
 * check the caller's rights again. An infrastructure advisor, like the transaction and
 * method-security advisors, so the same auto-proxy creator applies it.
 */
@Configuration(proxyBeanMethods = false)
class DeadlockRetryConfiguration {

    static final int ORDER = Ordered.LOWEST_PRECEDENCE - 1;
    private static final String APP_PACKAGE = "eu.regioacademy.";

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static DeadlockRetry deadlockRetry(
            @Value("${regio.db.deadlock-retry.max-attempts:5}") int maxAttempts,
            @Value("${regio.db.deadlock-retry.initial-backoff:PT0.02S}") Duration initialBackoff,
            @Value("${regio.db.deadlock-retry.max-backoff:PT1S}") Duration maxBackoff) {
        return new DeadlockRetry(maxAttempts, initialBackoff, maxBackoff);
    }

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor deadlockRetryAdvisor(DeadlockRetry deadlockRetry) {
        // non-public methods too, as Spring's own transaction advice reads them for class proxies
        TransactionAttributeSource transactional = new AnnotationTransactionAttributeSource(false);
        var pointcut = new StaticMethodMatcherPointcut() {
            @Override
            public boolean matches(Method method, Class<?> targetClass) {
                return transactional.getTransactionAttribute(method, targetClass) != null;
            }
        };
        // only the app's own classes are asked method by method: asking every method of every
        // library bean took about a tenth of the start-up
        pointcut.setClassFilter(type -> type.getName().startsWith(APP_PACKAGE));
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(pointcut, deadlockRetry);
        advisor.setOrder(ORDER);
        return advisor;
    }
}
