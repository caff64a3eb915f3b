package uk.lscb.cse.api;

import io.micronaut.data.connection.exceptions.ConnectionException;
import io.micronaut.data.connection.jdbc.exceptions.CannotGetJdbcConnectionException;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.http.BasicHttpAttributes;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.transaction.exceptions.TransactionException;
import io.swagger.v3.oas.annotations.Hidden;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.lscb.cse.Invalid;
import uk.lscb.cse.NotAllowed;
import uk.lscb.cse.NotFound;
import uk.lscb.cse.RefusedFile;
import uk.lscb.cse.db.DataAccessFailure;

/** Turns the service's refusals into JSON replies that say what to do next. */
@Hidden
@Controller
class ApiErrors {
    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

    @Error(global = true, exception = RefusedFile.class)
    HttpResponse<ApiError> refused(RefusedFile e) {
        return HttpResponse.badRequest(new ApiError(e.getMessage(), e.problems()));
    }

    @Error(global = true, exception = Invalid.class)
    HttpResponse<ApiError> invalid(Invalid e) {
        return HttpResponse.badRequest(new ApiError(e.getMessage(), null));
    }

    @Error(global = true, exception = NotFound.class)
    HttpResponse<ApiError> notFound(NotFound e) {
        return HttpResponse.<ApiError>status(HttpStatus.NOT_FOUND).body(new ApiError(e.getMessage(), null));
    }

    @Error(global = true, exception = NotAllowed.class)
    HttpResponse<ApiError> notAllowed(NotAllowed e) {
        return HttpResponse.<ApiError>status(HttpStatus.FORBIDDEN).body(new ApiError(e.getMessage(), null));
    }

    // The database refused, or could not be reached: by our own SQL (DataAccessFailure), through a
    // repository (DataAccessException), or when a transaction or connection could not even be
    // started. Every write runs in one transaction, so "nothing was changed" is true.
    @Error(global = true, exception = DataAccessFailure.class)
    HttpResponse<ApiError> database(HttpRequest<?> request, DataAccessFailure e) {
        return unavailable(request, e);
    }

    @Error(global = true, exception = DataAccessException.class)
    HttpResponse<ApiError> repository(HttpRequest<?> request, DataAccessException e) {
        return unavailable(request, e);
    }

    @Error(global = true, exception = TransactionException.class)
    HttpResponse<ApiError> transaction(HttpRequest<?> request, TransactionException e) {
        return unavailable(request, e);
    }

    @Error(global = true, exception = ConnectionException.class)
    HttpResponse<ApiError> connection(HttpRequest<?> request, ConnectionException e) {
        return unavailable(request, e);
    }

    // The pool could not hand out a connection (it found its idle ones dead and could not open a new one).
    @Error(global = true, exception = CannotGetJdbcConnectionException.class)
    HttpResponse<ApiError> noConnection(HttpRequest<?> request, CannotGetJdbcConnectionException e) {
        return unavailable(request, e);
    }

    private static HttpResponse<ApiError> unavailable(HttpRequest<?> request, RuntimeException e) {
        // The route's template, not its path: a path may hold an email (e.g. /people/{email}).
        LOG.error("{} {} failed in the database", request.getMethod(),
                BasicHttpAttributes.getUriTemplate(request).orElse("an admin API route"), e);
        String message = request.getMethod() == HttpMethod.GET
                ? "the database could not be reached; try again in a minute"
                : "could not save, nothing was changed; try again in a minute";
        return HttpResponse.<ApiError>status(HttpStatus.SERVICE_UNAVAILABLE).body(new ApiError(message, null));
    }
}
