package io.scofacts.infra.cdk;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Set;

/**
 * Runs the service's deployment checks (io.scofacts.infra.DeployedSystemChecks, in the service's
 * test classes) on a template of this app. Called by name: the service's classes are on this
 * module's test runtime classpath (pom.xml, additionalClasspathElements) but not on its compile
 * classpath, since the service is not a Maven dependency that could be resolved.
 */
final class ServicePlanChecks {

    private ServicePlanChecks() {
    }

    static void check(JsonNode template, Set<String> variants) {
        try {
            Method check = Class.forName("io.scofacts.infra.DeployedSystemChecks").getMethod("check", JsonNode.class, Set.class);
            check.invoke(null, template, variants);
        } catch (InvocationTargetException failed) {
            if (failed.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(failed.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the service's test classes are missing: build the service with "
                    + "./mvnw -Dlambda verify first", e);
        }
    }
}
