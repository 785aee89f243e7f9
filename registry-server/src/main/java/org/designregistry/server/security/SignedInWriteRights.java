package org.designregistry.server.security;

import org.designregistry.model.edit.WriteRights;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The model's {@link WriteRights} answered from the user or API token the current request is signed
 * in as: only an approver (or an admin, who includes it) may record decisions. A thread with no
 * signed-in user may not.
 *
 * <p>Spring Security keeps the signed-in user per thread; code that writes on another thread (the
 * SPARQL threads) must carry the security context there.
 */
@Component
public class SignedInWriteRights implements WriteRights {

    private final RoleHierarchy roles;

    SignedInWriteRights(RoleHierarchy roles) {
        this.roles = roles;
    }

    @Override
    public boolean mayRecordDecisions() {
        return hasRole(Role.APPROVER);
    }

    private boolean hasRole(Role role) {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (user == null || !user.isAuthenticated()) {
            return false;
        }
        return roles.getReachableGrantedAuthorities(user.getAuthorities()).stream()
                .map(GrantedAuthority::getAuthority)
                .anyMatch(role.authority()::equals);
    }
}
