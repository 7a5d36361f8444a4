package eu.regioacademy.platform.security;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.server.auth.NavigationAccessChecker;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import com.vaadin.flow.spring.security.NavigationAccessControlConfigurer;
import com.vaadin.flow.spring.security.VaadinRolePrefixHolder;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import eu.regioacademy.platform.ui.LoginView;
import java.util.List;
import org.springframework.aop.Advisor;
import org.springframework.aop.ClassFilter;
import org.springframework.aop.Pointcut;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Role;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.authorization.method.AuthorizationInterceptorsOrder;
import org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor;
import org.springframework.security.authorization.method.Jsr250AuthorizationManager;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    /**
     * {@code @RolesAllowed}/{@code @PermitAll} on services, checked at each call. Views carry the
     * same annotations for Vaadin's navigation access control; Spring's standard advisor made each
     * view instance a method-security proxy as well, and creating such a proxy at every navigation
     * (Spring matches the advisors against all of a component's methods again for every prototype
     * it proxies) took half the server's CPU at 2,000 sessions. Components are left out here.
     */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor jsr250Authorization(ObjectProvider<SecurityContextHolderStrategy> strategy) {
        Pointcut notComponents = new ComposablePointcut(AuthorizationManagerBeforeMethodInterceptor.jsr250().getPointcut())
                .intersection((ClassFilter) type -> !Component.class.isAssignableFrom(type));
        var interceptor = new AuthorizationManagerBeforeMethodInterceptor(notComponents, new Jsr250AuthorizationManager());
        interceptor.setOrder(AuthorizationInterceptorsOrder.JSR250.getOrder());
        strategy.ifAvailable(interceptor::setSecurityContextHolderStrategy);
        return interceptor;
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SignInThrottle signInThrottle,
                                            SessionValidity sessionValidity, java.time.Clock clock,
                                            SecurityHeaders headers) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                // Spring Boot's error page (its content is limited by server.error.*), not a 403 instead of it
                .dispatcherTypeMatchers(jakarta.servlet.DispatcherType.ERROR).permitAll()
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers("/api/certificates/*").permitAll()
                // the controller itself lets only the holder and the secretariat have the file
                .requestMatchers("/certificates/**").authenticated()
                // only a visit's participants and hosts get its calendar (checked in the service)
                // calendar apps read a person's feed without signing in: the secret token is the key
                .requestMatchers("/calendar/feed/*").permitAll()
                .requestMatchers("/calendar/**").authenticated()
                // downloads of reports: the services decide who sees which data
                .requestMatchers("/reports/**").authenticated());
        // session fixation protection (a new session id at sign-in) is Spring Security's default
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        // a blocked client address is refused before any password is checked
        http.addFilterBefore(new SignInThrottleFilter(signInThrottle), UsernamePasswordAuthenticationFilter.class);
        // sessions of a user who signed out everywhere (or was deactivated) end at their next request
        http.addFilterAfter(new SessionValidityFilter(sessionValidity, clock, headers.sessionCheckInterval()),
                SecurityContextHolderFilter.class);
        return http.build();
    }

    /** Browser security headers on every response, first of all filters, when switched on ({@code prod}). */
    @Bean
    org.springframework.boot.web.servlet.FilterRegistrationBean<SecurityHeaders.Filter> securityHeadersFilter(
            SecurityHeaders headers) {
        var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(new SecurityHeaders.Filter());
        registration.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE);
        registration.setEnabled(headers.enabled());
        return registration;
    }

    /**
     * Vaadin's navigation access control, built as Vaadin's configurer says, with a lighter roles
     * check. Vaadin's auto-configuration defines its own unconditionally; this one is primary, so it
     * is the one Vaadin's initializer and security configurer receive.
     */
    @Bean
    @Primary
    NavigationAccessControl authorityNavigationAccessControl(
            List<NavigationAccessChecker> checkers, NavigationAccessControlConfigurer configurer,
            VaadinRolePrefixHolder prefixHolder) {
        return configurer.build((all, resolver) -> new AuthorityNavigationAccessControl(all, resolver, prefixHolder), checkers);
    }

    /** bcrypt today, with the algorithm id stored in each hash so it can be upgraded later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
