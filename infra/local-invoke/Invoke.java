import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Calls a handler of the unpacked function.zip as the Lambda Java runtime does (Class::method
 * with InputStream, OutputStream, Context), once per event file, printing each answer and the
 * time of init and of each call. Run by infra/bin/invoke-packaged.
 */
public class Invoke {

    public static void main(String[] args) throws Exception {
        String[] handler = args[0].split("::");
        long start = System.nanoTime();
        Class<?> type = Class.forName(handler[0]);
        Object instance = type.getConstructor().newInstance();
        System.err.printf("init: %.0f ms%n", (System.nanoTime() - start) / 1e6);
        Class<?> contextType = Class.forName("com.amazonaws.services.lambda.runtime.Context");
        Object context = Proxy.newProxyInstance(Invoke.class.getClassLoader(), new Class<?>[] {contextType},
                (proxy, method, arguments) -> switch (method.getName()) {
                    case "getAwsRequestId" -> "local-invoke";
                    case "getRemainingTimeInMillis" -> 60_000;
                    case "getMemoryLimitInMB" -> 2048;
                    case "toString" -> "local context";
                    default -> method.getReturnType() == String.class ? "local" : null;
                });
        Method handle = type.getMethod(handler[1], InputStream.class, OutputStream.class, contextType);
        for (int i = 1; i < args.length; i++) {
            long callStart = System.nanoTime();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            handle.invoke(instance, new ByteArrayInputStream(Files.readAllBytes(Path.of(args[i]))), answer, context);
            System.err.printf("%s: %.0f ms%n", args[i], (System.nanoTime() - callStart) / 1e6);
            System.out.println(answer.toString(StandardCharsets.UTF_8));
        }
        // The application's worker threads would keep the JVM alive; Lambda freezes it instead.
        System.exit(0);
    }
}
