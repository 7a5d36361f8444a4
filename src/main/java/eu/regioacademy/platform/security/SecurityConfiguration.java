package eu.regioacademy.platform.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import eu.regioacademy.platform.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers("/api/certificates/*").permitAll()
                // the controller itself lets only the holder and the secretariat have the file
                .requestMatchers("/certificates/**").authenticated()
                // only a visit's participants and hosts get its calendar (checked in the service)
                // calendar apps read a person's feed without signing in: the secret token is the key
                .requestMatchers("/calendar/feed/*").permitAll()
                .requestMatchers("/calendar/**").authenticated()
                // a person's own reports; the services decide what each person may have
                .requestMatchers("/reports/**").authenticated());
        // session fixation protection (a new session id at sign-in) is Spring Security's default
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        return http.build();
    }

    /** bcrypt today, with the algorithm id stored in each hash so it can be upgraded later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
