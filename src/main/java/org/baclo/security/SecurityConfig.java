package org.baclo.security;

import org.baclo.app.ApiError;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;

/**
 * Two filter chains: the JSON API under /api (stateless; bearer token or HTTP Basic; problem documents for 401/403)
 * and the pages (form login, CSRF, session timeout). Both send security headers. Fine-grained access to patient
 * data is decided by {@link PatientAccess} and audited.
 */
@Configuration
@EnableMethodSecurity
@EnableConfigurationProperties(SecurityProperties.class)
public class SecurityConfig {
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
            + " frame-ancestors 'none'";
    private static final String UNAUTHENTICATED =
            "Send a bearer token (Authorization: Bearer …) or HTTP Basic credentials.";
    /** Swagger UI sets inline style attributes; scripts stay restricted to the application's own. */
    static final String CSP_SWAGGER = CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokenService tokens, ProblemWriter problems) throws Exception {
        http.securityMatcher("/api/**")
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .authorizeHttpRequests(a -> a
                        .requestMatchers(HttpMethod.GET, "/api/v1/knowledge/**").permitAll()
                        .requestMatchers("/api/v1/admin/**").hasRole(Role.ADMIN.name())
                        .anyRequest().authenticated())
                .httpBasic(b -> b.authenticationEntryPoint((req, res, ex) -> problems.write(req, res,
                        ApiError.UNAUTHENTICATED, UNAUTHENTICATED)))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((req, res, ex) -> problems.write(req, res,
                                ApiError.UNAUTHENTICATED, UNAUTHENTICATED))
                        .accessDeniedHandler((req, res, ex) -> problems.write(req, res, ApiError.FORBIDDEN,
                                "Your role does not allow this request.")))
                .addFilterBefore(new BearerTokenFilter(tokens, problems), BasicAuthenticationFilter.class)
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CSP)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http) throws Exception {
        var swagger = PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**");
        http.authorizeHttpRequests(a -> a
                        .requestMatchers("/", "/learn", "/learn/**", "/login", "/error", "/error/**", "/webjars/**",
                                "/css/**", "/js/**", "/img/**", "/favicon.ico", "/actuator/health",
                                "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**",
                                "/swagger-ui.html").permitAll()
                        .requestMatchers("/admin/**").hasRole(Role.ADMIN.name())
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
                .headers(h -> h
                        .frameOptions(f -> f.deny())
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(swagger,
                                new StaticHeadersWriter("Content-Security-Policy", CSP_SWAGGER)))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(swagger),
                                new StaticHeadersWriter("Content-Security-Policy", CSP)))
                        .addHeaderWriter(new StaticHeadersWriter("Referrer-Policy", "same-origin")));
        return http.build();
    }
}
