package org.sabueso.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The staff sign-in page; Spring Security handles the POST and the sign-out. */
@Controller
class LoginController {

    static final String VIEW = "console/login";

    @GetMapping("/login")
    String login() {
        return VIEW;
    }
}
