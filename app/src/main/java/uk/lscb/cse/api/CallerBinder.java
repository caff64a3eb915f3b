package uk.lscb.cse.api;

import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.bind.binders.TypedRequestArgumentBinder;
import jakarta.inject.Singleton;

import java.security.Principal;
import java.util.Optional;

/**
 * Binds a {@link Principal} parameter (an admin controller's caller, the health endpoint's) to the
 * one {@link AdminTokenFilter} proved: Micronaut binds none without a security module.
 */
@Singleton
class CallerBinder implements TypedRequestArgumentBinder<Principal> {
    @Override
    public Argument<Principal> argumentType() {
        return Argument.of(Principal.class);
    }

    @Override
    public BindingResult<Principal> bind(ArgumentConversionContext<Principal> context, HttpRequest<?> source) {
        Optional<Principal> caller = source.getUserPrincipal();
        return () -> caller;
    }
}
