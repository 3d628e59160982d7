package org.sabueso.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sabueso.shared.DomainException;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * A {@link DomainException} that a page controller did not answer itself (a facility's
 * series.json asked for one the viewer may not see, say) is the client's 4xx, not a failure of
 * the server: it goes to the error dispatch with its status, as Spring's own exceptions do,
 * instead of escaping as a 500 with a stack trace in the log. The API's controllers answer theirs
 * in {@code ApiProblems}, which runs before this.
 */
@Component
class DomainFailures implements HandlerExceptionResolver, Ordered {

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception ex) {
        if (!(ex instanceof DomainException) || response.isCommitted()) {
            return null;
        }
        try {
            request.setAttribute(jakarta.servlet.RequestDispatcher.ERROR_EXCEPTION, ex);
            response.sendError(ErrorAnswers.statusOf(ex, 400));
        } catch (java.io.IOException clientGone) {
            // nothing can be answered to a client that is gone
        }
        return new ModelAndView();
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
