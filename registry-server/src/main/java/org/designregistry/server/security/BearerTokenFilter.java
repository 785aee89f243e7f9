package org.designregistry.server.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.designregistry.server.security.AccessProperties.Token;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in requests that carry {@code Authorization: Bearer <token>} with a configured API token; a
 * token that matches none is answered with 401 at once.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final List<Token> tokens;
    private final Map<String, List<SimpleGrantedAuthority>> authorities = new HashMap<>();
    private final AuthenticationEntryPoint entryPoint;

    /**
     * @throws IllegalArgumentException naming the role if a token has an unknown one, so that a
     *     misconfiguration stops the start rather than a request
     */
    BearerTokenFilter(List<Token> tokens, AuthenticationEntryPoint entryPoint) {
        this.tokens = List.copyOf(tokens);
        this.entryPoint = entryPoint;
        for (Token token : tokens) {
            authorities.put(
                    token.name(),
                    token.roles().stream()
                            .map(r -> new SimpleGrantedAuthority(Role.fromName(r).authority()))
                            .toList());
        }
    }

    /** Returns true when a request presents a bearer token (valid or not). */
    static boolean hasBearerToken(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length());
    }

    @Override
    protected void doFilterInternal(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!hasBearerToken(request)) {
            chain.doFilter(request, response);
            return;
        }
        String presented = request.getHeader("Authorization").substring(BEARER.length()).strip();
        Optional<Token> token =
                tokens.stream().filter(t -> TokenHashes.matches(presented, t.hash())).findFirst();
        if (token.isEmpty()) {
            SecurityContextHolder.clearContext();
            entryPoint.commence(
                    request, response, new BadCredentialsException("Unknown API token"));
            return;
        }
        var authentication =
                UsernamePasswordAuthenticationToken.authenticated(
                        "token:" + token.get().name(), null, authorities.get(token.get().name()));
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
