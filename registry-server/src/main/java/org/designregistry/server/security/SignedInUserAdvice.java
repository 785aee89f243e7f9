package org.designregistry.server.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page the {@link SignedInUser} it is drawn for, as {@code signedIn}: the layout shows
 * who is signed in, and pages show editing controls to editors only.
 */
@ControllerAdvice(annotations = Controller.class)
class SignedInUserAdvice {

    @ModelAttribute("signedIn")
    SignedInUser signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return SignedInUser.of(authentication);
    }
}
