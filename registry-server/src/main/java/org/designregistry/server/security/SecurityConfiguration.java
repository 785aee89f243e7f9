package org.designregistry.server.security;

import org.designregistry.server.security.AccessProperties.User;
import org.designregistry.server.sparql.SparqlProperties;
import org.designregistry.server.web.ProblemWriter;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

/**
 * Who may do what. Reads are open unless {@code registry.security.read-requires-login}; writes
 * (SPARQL update, graph store writes, REST writes) need the editor role, and writes that change
 * decisions the approver role (checked when they commit, by {@link SignedInWriteRights}). People
 * sign in with HTTP Basic or the login form (a session, protected against CSRF); tools send an API
 * token. The pages that edit resources need the editor role too, {@code /api/admin/**} (backup,
 * compaction) and deleting a baseline the admin role; reverting a recorded change the admin role,
 * or the approver role when the change touched decisions; freezing a baseline the approver role.
 * Requests with a bearer token, and those without a session, carry no ambient credentials and so
 * are exempt from CSRF tokens; HTTP Basic with a session cookie is not, since browsers resend Basic
 * credentials by themselves; and a state-changing request with a cookie or Basic credentials from
 * another site's page is refused ({@link CrossOriginWriteFilter}). CORS lets pages of any
 * configured origin query the SPARQL endpoint, and those of the write origins also write to it.
 * Every reply carries the {@link SecurityHeaders}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** The pages that edit, create or delete a resource: shown to, and posted by, editors only. */
    static final String[] EDIT_PAGES = {
        "/resource/*/*/edit", "/resource/*/*/delete", "/new", "/new/*"
    };

    /** A signed-in person's watch list: anyone signed in, nobody else. */
    static final String[] WATCH_PAGES = {"/watch", "/my-registry"};

    /** The suspect-links page's form that clears links: posted by editors only. */
    static final String SUSPECT_LINK_FORMS = "/suspect-links/**";

    /** The administrators' operations, such as backup and compaction: admin only. */
    static final String ADMIN_API = "/api/admin/**";

    /**
     * Reverts of recorded changes: admins, and approvers for changes that touched decisions (which
     * the revert itself checks, as it needs the change).
     */
    static final String REVERTS = "/api/changes/*/revert";

    /** Freezing baselines (API and page form): approvers; deleting them: admins. */
    static final String[] BASELINES = {"/api/baselines", "/baselines"};

    /** Raising and triaging change requests from the pages, and the raise form: editors. */
    static final String[] CHANGE_REQUEST_PAGES = {"/change-requests", "/change-requests/**"};

    /** A baseline, deleted by an admin. */
    static final String BASELINE = "/api/baselines/*";

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            AccessProperties access,
            ProblemWriter problems,
            TrustedOrigins trusted,
            CorsConfigurationSource sparqlCors)
            throws Exception {
        ProblemSecurityHandlers handlers = new ProblemSecurityHandlers(problems);
        // A browser resends cached HTTP Basic credentials by itself, so only a bearer token (which
        // no browser sends on its own) or the absence of a session exempts a request from CSRF.
        RequestMatcher noAmbientCredentials =
                request ->
                        BearerTokenFilter.hasBearerToken(request)
                                || request.getSession(false) == null;
        http.authorizeHttpRequests(
                        auth -> {
                            auth.requestMatchers("/actuator/health", "/actuator/info", "/login")
                                    .permitAll();
                            auth.requestMatchers(ADMIN_API).hasRole(Role.ADMIN.name());
                            auth.requestMatchers(HttpMethod.POST, REVERTS)
                                    .hasRole(Role.APPROVER.name());
                            auth.requestMatchers(HttpMethod.POST, BASELINES)
                                    .hasRole(Role.APPROVER.name());
                            auth.requestMatchers(HttpMethod.DELETE, BASELINE)
                                    .hasRole(Role.ADMIN.name());
                            auth.requestMatchers(EDIT_PAGES).hasRole(Role.EDITOR.name());
                            auth.requestMatchers(HttpMethod.POST, SUSPECT_LINK_FORMS)
                                    .hasRole(Role.EDITOR.name());
                            auth.requestMatchers(HttpMethod.POST, CHANGE_REQUEST_PAGES)
                                    .hasRole(Role.EDITOR.name());
                            auth.requestMatchers("/change-requests/new")
                                    .hasRole(Role.EDITOR.name());
                            auth.requestMatchers(WATCH_PAGES).authenticated();
                            auth.requestMatchers(new WriteRequests()).hasRole(Role.EDITOR.name());
                            if (access.readRequiresLogin()) {
                                auth.anyRequest().hasRole(Role.READER.name());
                            } else {
                                auth.anyRequest().permitAll();
                            }
                        })
                .httpBasic(basic -> basic.authenticationEntryPoint(handlers))
                .formLogin(
                        form ->
                                form.loginPage("/login")
                                        .successHandler(new ReturnToPageHandler())
                                        .permitAll())
                .addFilterBefore(
                        new BearerTokenFilter(access.tokens(), handlers),
                        BasicAuthenticationFilter.class)
                // The origin check first, so that a person's write from another site is refused as
                // such; then CORS, whose refusals are problem details too.
                .addFilterBefore(
                        new CrossOriginWriteFilter(trusted.writeOrigins(), problems),
                        CsrfFilter.class)
                .addFilterBefore(corsFilter(sparqlCors, problems), CsrfFilter.class)
                .cors(AbstractHttpConfigurer::disable)
                .csrf(csrf -> csrf.ignoringRequestMatchers(noAmbientCredentials))
                .headers(SecurityHeaders::configure)
                // No global entry point: browsers asking for HTML are sent to the login page,
                // everything else gets HTTP Basic's (a 401 problem); a custom global one would
                // also switch off the generated login page.
                .exceptionHandling(ex -> ex.accessDeniedHandler(handlers));
        return http.build();
    }

    private static CorsFilter corsFilter(CorsConfigurationSource source, ProblemWriter problems) {
        CorsFilter filter = new CorsFilter(source);
        filter.setCorsProcessor(new ProblemCorsProcessor(problems));
        return filter;
    }

    /** Error attributes that tell the error page when a form's CSRF token was refused. */
    @Bean
    ErrorAttributes errorAttributes() {
        return new RefusedFormErrorAttributes();
    }

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.fromHierarchy(Role.hierarchy());
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /** The configured users; none is made up when none is configured. */
    @Bean
    UserDetailsService users(AccessProperties access) {
        InMemoryUserDetailsManager manager = new InMemoryUserDetailsManager();
        for (User user : access.users()) {
            manager.createUser(
                    org.springframework.security.core.userdetails.User.withUsername(user.name())
                            .password(user.passwordHash())
                            .roles(
                                    user.roles().stream()
                                            .map(r -> Role.fromName(r).name())
                                            .toArray(String[]::new))
                            .build());
        }
        return manager;
    }

    /**
     * CORS for the SPARQL endpoint and the graph store: reads from the read origins, writes only
     * from the write origins.
     */
    @Bean
    CorsConfigurationSource sparqlCors(SparqlProperties sparql, TrustedOrigins trusted) {
        return new SparqlCors(sparql.corsAllowedOrigins(), trusted.writeOrigins());
    }
}
