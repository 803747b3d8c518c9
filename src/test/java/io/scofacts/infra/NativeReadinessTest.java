package io.scofacts.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.funqy.Funq;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.scofacts.api.FunctionNames;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the native image needs and can be checked without GraalVM: every type the functions
 * serialise is registered for reflection, every resource the code reads is included, and no
 * code opens network connections (so none can happen during class initialisation).
 */
class NativeReadinessTest {

    private static final Path MAIN_SOURCES = Path.of("src/main/java");
    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Pattern RESOURCE_NAME = Pattern.compile("\"([\\w./-]+\\.(?:tsv|txt|bin))\"");

    /** Serialised but not returned by a @Funq method: error bodies and the stream trigger's answer. */
    private static final List<Type> OTHER_SERIALISED = List.of(io.scofacts.api.ErrorBody.class,
            io.scofacts.api.ArticleStreamExtraction.StreamBatchResponse.class);

    @Test
    void theFunctionsOfTheCodeAreTheNamedOnes() throws Exception {
        Set<String> functions = new TreeSet<>();
        for (Method method : funqMethods()) {
            functions.add(method.getName());
        }
        functions.add(io.scofacts.api.CaseExport.FUNCTION); // JSON Lines, a route of its own
        assertEquals(new TreeSet<>(FunctionNames.ALL), functions);
    }

    @Test
    void everySerialisedTypeIsRegisteredForReflection() throws Exception {
        Set<Class<?>> registered = Set.of(Class.forName("io.scofacts.api.NativeRegistrations")
                .getAnnotation(RegisterForReflection.class).targets());
        Deque<Type> pending = new ArrayDeque<>(OTHER_SERIALISED);
        for (Method method : funqMethods()) {
            pending.add(method.getGenericReturnType());
        }
        Set<String> reached = new TreeSet<>();
        Set<String> missing = new TreeSet<>();
        while (!pending.isEmpty()) {
            Type type = pending.pop();
            if (type instanceof ParameterizedType parameterized) {
                pending.addAll(Arrays.asList(parameterized.getActualTypeArguments()));
                pending.add(parameterized.getRawType());
            } else if (type instanceof GenericArrayType array) {
                pending.add(array.getGenericComponentType());
            } else if (type instanceof Class<?> cls && cls.getName().startsWith("io.scofacts.") && reached.add(cls.getName())) {
                if (!registered.contains(cls)) {
                    missing.add(cls.getName());
                }
                pending.addAll(memberTypes(cls));
            }
        }
        assertTrue(reached.size() > 10, "walked the FactSheet and the answers: " + reached);
        assertEquals(Set.of(), missing, "serialised but not in NativeRegistrations");
    }

    @Test
    void everyResourceTheCodeReadsIsInTheNativeImage() throws IOException {
        List<PathMatcher> includes = nativeIncludes();
        Set<String> resources = new TreeSet<>();
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            files.filter(Files::isRegularFile).map(file -> RESOURCES.relativize(file).toString())
                    .filter(name -> !name.equals("application.properties")).forEach(resources::add);
        }
        try (Stream<Path> sources = Files.walk(MAIN_SOURCES)) {
            for (Path source : sources.filter(file -> file.toString().endsWith(".java")).toList()) {
                Matcher name = RESOURCE_NAME.matcher(Files.readString(source));
                while (name.find()) {
                    resources.add(name.group(1));
                }
            }
        }
        assertTrue(resources.contains("data/dictionary/tc/t2s.txt") && resources.contains("lexicon/units.tsv"),
                "found the resources: " + resources);
        for (String resource : resources) {
            assertNotNull(getClass().getClassLoader().getResource(resource), resource + " is not on the classpath");
            assertTrue(includes.stream().anyMatch(include -> include.matches(Path.of(resource))),
                    resource + " is read but not in quarkus.native.resources.includes");
        }
    }

    @Test
    void noCodeOpensNetworkConnections() throws IOException {
        Pattern network = Pattern.compile("java\\.net\\.(URL|Socket|ServerSocket|HttpURLConnection|URLConnection|http\\.)"
                + "|new URL\\(|\\.openConnection\\(|\\.openStream\\(");
        try (Stream<Path> sources = Files.walk(MAIN_SOURCES)) {
            for (Path source : sources.filter(file -> file.toString().endsWith(".java")).toList()) {
                assertTrue(!network.matcher(Files.readString(source)).find(), source + " opens a network connection");
            }
        }
    }

    private static List<PathMatcher> nativeIncludes() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(RESOURCES.resolve("application.properties"))) {
            properties.load(in);
        }
        String includes = properties.getProperty("quarkus.native.resources.includes");
        assertNotNull(includes, "quarkus.native.resources.includes");
        return Arrays.stream(includes.split(",")).map(String::strip)
                .map(glob -> FileSystems.getDefault().getPathMatcher("glob:" + glob)).toList();
    }

    private static List<Method> funqMethods() throws IOException, ClassNotFoundException {
        Path api = Path.of(FunctionNames.class.getProtectionDomain().getCodeSource().getLocation().getPath(),
                "io/scofacts/api");
        List<Method> methods = new java.util.ArrayList<>();
        try (Stream<Path> classes = Files.list(api)) {
            for (Path file : classes.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = "io.scofacts.api." + file.getFileName().toString().replace(".class", "");
                for (Method method : Class.forName(name).getDeclaredMethods()) {
                    if (method.isAnnotationPresent(Funq.class)) {
                        methods.add(method);
                    }
                }
            }
        }
        return methods;
    }

    private static List<Type> memberTypes(Class<?> cls) {
        if (cls.isRecord()) {
            return Arrays.stream(cls.getRecordComponents()).map(RecordComponent::getGenericType).toList();
        }
        return Arrays.stream(cls.getDeclaredFields()).filter(field -> !Modifier.isStatic(field.getModifiers()))
                .map(Field::getGenericType).toList();
    }
}
