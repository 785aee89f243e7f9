package org.designregistry.server.security;

import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page, in the registry's look; Spring Security handles the form's POST to {@code
 * /login} and sign-out at {@code /logout}, and sends people back to the page they asked for.
 */
@Controller
class LoginController {

    private final AccessProperties access;

    LoginController(AccessProperties access) {
        this.access = access;
    }

    @GetMapping("/login")
    String login(@RequestParam Map<String, String> parameters, Model model) {
        String to = parameters.get(ReturnToPageHandler.PARAMETER);
        if (to != null && ReturnToPageHandler.isLocalPath(to)) {
            model.addAttribute("returnTo", to);
        }
        // Spring Security's failure and sign-out addresses are /login?error and /login?logout.
        model.addAttribute("failed", parameters.containsKey("error"));
        model.addAttribute("signedOut", parameters.containsKey("logout"));
        model.addAttribute("loginPage", true);
        // A newcomer running the sample has no user yet: say how to make one, not just "wrong".
        model.addAttribute("noUsers", access.users().isEmpty());
        return "security/login";
    }
}
