package io.scofacts.infra;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether a handler a template names ("pkg.Class::method") is one the Java runtime can call:
 * a public (InputStream, OutputStream, Context) method of a public class with a no-argument
 * constructor. The Lambda runtime classes exist in the Lambda build only; the local build can
 * merely see that our own handler's source is there.
 */
final class LambdaHandlers {

    private LambdaHandlers() {
    }

    static void assertExists(String handler) throws Exception {
        String className = handler.substring(0, handler.indexOf("::"));
        String methodName = handler.substring(handler.indexOf("::") + 2);
        if (!Boolean.getBoolean("scofacts.lambda-build")) {
            if (className.startsWith("io.scofacts.")) {
                Path source = Path.of("src/lambda/java", className.replace('.', '/') + ".java");
                assertTrue(Files.exists(source), handler + ": no " + source);
            }
            return;
        }
        Class<?> type = Class.forName(className);
        assertTrue(Modifier.isPublic(type.getModifiers()), handler + ": class not public");
        assertNotNull(type.getConstructor(), handler + ": no public no-argument constructor");
        Class<?> context = Class.forName("com.amazonaws.services.lambda.runtime.Context");
        Method method = type.getMethod(methodName, InputStream.class, OutputStream.class, context);
        assertTrue(Modifier.isPublic(method.getModifiers()), handler + ": method not public");
        if (className.startsWith("io.scofacts.")) {
            // The Quarkus Lambda build refuses application handler interfaces beside lambda-http's.
            for (String forbidden : new String[] {"com.amazonaws.services.lambda.runtime.RequestHandler",
                    "com.amazonaws.services.lambda.runtime.RequestStreamHandler"}) {
                assertFalse(Class.forName(forbidden).isAssignableFrom(type), handler + " implements " + forbidden);
            }
        }
    }
}
