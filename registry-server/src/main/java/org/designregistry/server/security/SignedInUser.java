package org.designregistry.server.security;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who a page is drawn for, so that it shows the controls their role allows and no others.
 *
 * @param name the signed-in user's name, or empty when nobody is signed in
 * @param role their highest role, or empty when nobody is signed in (or they have none)
 */
public record SignedInUser(String name, Optional<Role> role) {

    /** Nobody signed in. */
    public static final SignedInUser NOBODY = new SignedInUser("", Optional.empty());

    /** Returns the user of a request's authentication, or {@link #NOBODY}. */
    public static SignedInUser of(Authentication authentication) {
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return NOBODY;
        }
        Optional<Role> highest =
                authentication.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .flatMap(
                                a ->
                                        Arrays.stream(Role.values())
                                                .filter(r -> r.authority().equals(a)))
                        .max(Enum::compareTo);
        return new SignedInUser(authentication.getName(), highest);
    }

    /** Returns true when somebody is signed in. */
    public boolean signedIn() {
        return !name.isEmpty();
    }

    /** Returns true when their role includes the editor's: they may change the registry. */
    public boolean mayEdit() {
        return role.filter(r -> r.compareTo(Role.EDITOR) >= 0).isPresent();
    }

    /** Returns true when their role includes the approver's: they may freeze baselines. */
    public boolean mayApprove() {
        return role.filter(r -> r.compareTo(Role.APPROVER) >= 0).isPresent();
    }

    /** Returns their role's name for people, such as "editor", or empty text. */
    public String roleName() {
        return role.map(r -> r.name().toLowerCase(Locale.ROOT)).orElse("");
    }
}
