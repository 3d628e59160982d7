package org.sabueso.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * 401 as problem+json, with the Basic challenge so clients know how to authenticate; a locked
 * account gets the lock's answer instead ({@link LoginRefusals}).
 */
final class ProblemEntryPoint implements AuthenticationEntryPoint {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (LoginRefusals.answeredLocked(request, response, e)) {
            return;
        }
        response.setStatus(401);
        response.setHeader("WWW-Authenticate", "Basic realm=\"sabueso\"");
        response.setContentType("application/problem+json;charset=UTF-8");
        response.getWriter().write("""
                {"type":"about:blank","title":"Unauthorized","status":401,"detail":"Authentication required: HTTP Basic with staff credentials","instance":"%s"}"""
                .formatted(request.getRequestURI().replace("\"", "")));
    }
}
