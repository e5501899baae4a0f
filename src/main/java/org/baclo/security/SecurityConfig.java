package org.baclo.security;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.baclo.app.ApiError;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.core.Authentication;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;

/**
 * Two filter chains: the JSON API under /api (stateless; bearer token or HTTP Basic;
 * problem documents for 401/403) and the pages (form login, CSRF, session timeout). Both
 * send security headers. Fine-grained access to patient data is decided by
 * {@link PatientAccess} and audited.
 */
@Configuration
@EnableMethodSecurity
@EnableConfigurationProperties(SecurityProperties.class)
public class SecurityConfig {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
            + " frame-ancestors 'none'";

    /**
     * Browser features no Baclo page uses, switched off on every response (pages and
     * API).
     */
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";
    static final String REFERRER_POLICY = "same-origin";

    /**
     * Pages that only clinicians use (the forms that change patient records and plans):
     * 403 for anyone else.
     */
    static final String[] CLINICIAN_PAGES = { "/patients/new", "/patients/*/edit", "/patients/*/plans/new",
            "/patients/*/plans/preview" };
    static final String[] CLINICIAN_POSTS = { "/patients", "/patients/*", "/patients/*/plans",
            "/patients/*/plans/*/activate", "/patients/*/plans/*/discard", "/patients/*/plans/preview" };

    /**
     * Clinician pages a patient account may not open, beyond {@link #CLINICIAN_PAGES}:
     * the plan page (its activate and discard forms), the pump page and its forms, the
     * follow-up timeline and its alert actions, the lists (issue 14). A patient's own
     * view is /today. Administrators reach the controllers, which refuse and audit
     * ({@code PatientAccess}).
     */
    static final String[] NOT_FOR_PATIENTS = { "/patients", "/patients/*/plans/**", "/patients/*/pump",
            "/patients/*/pump/**", "/patients/*/followup", "/patients/*/alerts/**", "/patients/*/calendar", "/pumps/**",
            "/followup", "/followup/**", "/worklist" };

    /** The detail of a 401 problem document. */
    private static final String UNAUTHENTICATED = "Send a bearer token (Authorization: Bearer …) or HTTP Basic credentials.";

    /**
     * Swagger UI sets inline style attributes; scripts stay restricted to the
     * application's own.
     */
    static final String CSP_SWAGGER = CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

    /**
     * Id of the scheme for new hashes: PBKDF2-HMAC-SHA256 (no 72-byte limit, unlike
     * bcrypt).
     */
    static final String HASH_ID = "pbkdf2@SpringSecurity_v5_8";

    /**
     * New hashes use PBKDF2 ({@link #HASH_ID}); {@code {bcrypt}} hashes (and the other
     * schemes Spring Security knows) are still verified and upgraded to PBKDF2 on the
     * next successful login ({@link BacloUserDetailsService}).
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        Map<String, PasswordEncoder> encoders = new HashMap<>();
        encoders.put(HASH_ID, Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8());
        encoders.put("bcrypt", new BCryptPasswordEncoder());
        encoders.put("noop", org.springframework.security.crypto.password.NoOpPasswordEncoder.getInstance());
        return new DelegatingPasswordEncoder(HASH_ID, encoders);
    }

    /**
     * No Micrometer observation around each security filter, authentication and
     * authorization: nothing reads them (the metrics endpoints are not exposed), and the
     * wrapping of every filter of every request was 8% of a plan preview's CPU (issue
     * 15).
     */
    @Bean
    static SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /** Password login (form and HTTP Basic), throttled per account and source address. */
    @Bean
    AuthenticationProvider passwordLogin(BacloUserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle,
            AuditService audit) {
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(users);
        dao.setPasswordEncoder(encoder);
        dao.setUserDetailsPasswordService(users);
        return new ThrottledAuthenticationProvider(dao, throttle, audit);
    }

    /** 401 problem document; 429 with Retry-After when the login was throttled. */
    static AuthenticationEntryPoint apiEntryPoint(ProblemWriter problems) {
        return apiEntryPoint(problems, null);
    }

    /**
     * As above, and audits the refusal when {@code refusals} is given (not for logins:
     * the provider did).
     */
    static AuthenticationEntryPoint apiEntryPoint(ProblemWriter problems, RefusalAudit refusals) {
        return (req, res, ex) -> {
            if (refusals != null) {
                refusals.unauthenticated(req);
            }
            if (ex instanceof LoginThrottledException t) {
                res.setHeader("Retry-After", Long.toString(t.retryAfterSeconds()));
                problems.write(req, res, ApiError.LOGIN_THROTTLED,
                        "Too many failed logins for this account from your address. Try again in "
                                + t.retryAfterSeconds() + " s, or use an API token.");
                return;
            }
            problems.write(req, res, ApiError.UNAUTHENTICATED, UNAUTHENTICATED);
        };
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokenService tokens, ProblemWriter problems, RefusalAudit refusals,
            AuthenticationProvider passwordLogin, LoginThrottle throttle, SecurityEpoch epoch,
            @Value("${baclo.security.auth-cache-ttl:PT60S}") Duration ttl,
            @Value("${baclo.security.auth-cache-size:10000}") int size) throws Exception {
        http.securityMatcher("/api/**", "/fhir/**")
            // HTTP Basic: verified once, then remembered briefly (no password hash per
            // request)
            .authenticationManager(
                    new ProviderManager(new CachedBasicAuthentication(passwordLogin, throttle, epoch, ttl, size)))
            .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .csrf(c -> c.disable())
            .authorizeHttpRequests(a -> a.requestMatchers(HttpMethod.GET, "/api/v1/knowledge/**")
                .permitAll()
                .requestMatchers(HttpMethod.GET, "/fhir/r4/metadata")
                .permitAll()
                .requestMatchers("/api/v1/admin/**")
                .hasRole(Role.ADMIN.name())
                .anyRequest()
                .authenticated())
            .httpBasic(b -> b.authenticationEntryPoint(apiEntryPoint(problems)))
            .exceptionHandling(e -> e.authenticationEntryPoint(apiEntryPoint(problems, refusals))
                .accessDeniedHandler((req, res, ex) -> {
                    refusals.forbidden(req, ex);
                    problems.write(req, res, ApiError.FORBIDDEN, "Your role does not allow this request.");
                }))
            .addFilterBefore(new BearerTokenFilter(tokens, problems, refusals), BasicAuthenticationFilter.class)
            .addFilterAfter(PasswordChangeRequiredFilter.forApi(problems), AnonymousAuthenticationFilter.class)
            .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CSP))
                .addHeaderWriter(new StaticHeadersWriter("Referrer-Policy", REFERRER_POLICY))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY)));
        return http.build();
    }

    /** Logged in (not anonymous), and not a patient account. */
    static boolean signedInNotPatient(Authentication auth) {
        return new AuthenticationTrustResolverImpl().isAuthenticated(auth)
                && auth.getAuthorities().stream().noneMatch(a -> a.getAuthority().equals(Role.PATIENT.authority()));
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, RefusalAudit refusals) throws Exception {
        var swagger = PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**");
        var toLogin = new LoginUrlAuthenticationEntryPoint("/login");
        var forbidden = new AccessDeniedHandlerImpl();
        http.authorizeHttpRequests(a -> a
            .requestMatchers("/", "/learn", "/learn/**", "/login", "/error", "/error/**", "/webjars/**", "/css/**",
                    "/js/**", "/img/**", "/favicon.ico", "/favicon.svg", "/actuator/health", "/actuator/health/**",
                    "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/calendar/**")
            .permitAll()
            .requestMatchers("/admin/**")
            .hasRole(Role.ADMIN.name())
            .requestMatchers(HttpMethod.GET, CLINICIAN_PAGES)
            .hasRole(Role.CLINICIAN.name())
            .requestMatchers(HttpMethod.POST, CLINICIAN_POSTS)
            .hasRole(Role.CLINICIAN.name())
            .requestMatchers(NOT_FOR_PATIENTS)
            .access((auth, ctx) -> new AuthorizationDecision(signedInNotPatient(auth.get())))
            .anyRequest()
            .authenticated())
            .formLogin(f -> f.loginPage("/login")
                .defaultSuccessUrl("/home", false)
                .permitAll()
                .failureHandler((req, res,
                        ex) -> res.sendRedirect(req.getContextPath() + (ex instanceof LoginThrottledException t
                                ? "/login?throttled=" + t.retryAfterSeconds() : "/login?error"))))
            .addFilterAfter(PasswordChangeRequiredFilter.forPages(), AnonymousAuthenticationFilter.class)
            .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
            .exceptionHandling(e -> e.authenticationEntryPoint((req, res, ex) -> {
                refusals.unauthenticated(req);
                toLogin.commence(req, res, ex);
            }).accessDeniedHandler((req, res, ex) -> {
                refusals.forbidden(req, ex);
                forbidden.handle(req, res, ex);
            }))
            .headers(h -> h.frameOptions(f -> f.deny())
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(swagger,
                        new StaticHeadersWriter("Content-Security-Policy", CSP_SWAGGER)))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(swagger),
                        new StaticHeadersWriter("Content-Security-Policy", CSP)))
                .addHeaderWriter(new StaticHeadersWriter("Referrer-Policy", REFERRER_POLICY))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY)));
        return http.build();
    }

}
