package io.scofacts.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/** Runs an {@link Admitted} function while holding one of {@link Admission}'s permits. */
@Admitted
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE)
public class AdmissionInterceptor {

    @Inject
    Admission admission;

    @AroundInvoke
    Object admit(InvocationContext invocation) throws Exception {
        admission.enter();
        try {
            return invocation.proceed();
        } finally {
            admission.leave();
        }
    }
}
