package org.designregistry.server.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page the {@link SignedInUser} it is drawn for, as {@code signedIn}, and its own path,
 * as {@code here}: the layout shows who is signed in, or a "Sign in" link back to the page, and
 * pages show editing controls to editors only.
 */
@ControllerAdvice(annotations = Controller.class)
class SignedInUserAdvice {

    /**
     * The page a "Sign in" link should return to: this one, when it is a page read with GET (and
     * not the login page itself).
     */
    @ModelAttribute("here")
    String here(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!"GET".equals(request.getMethod()) || path.startsWith("/login")) {
            return "";
        }
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }

    @ModelAttribute("signedIn")
    SignedInUser signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return SignedInUser.of(authentication);
    }
}
