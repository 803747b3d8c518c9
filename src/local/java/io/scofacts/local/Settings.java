package io.scofacts.local;

/** Settings read before Quarkus' configuration exists: a system property, else its environment variable. */
final class Settings {

    private Settings() {
    }

    /** The system property {@code name}, else the environment variable of that name in upper snake case. */
    static String get(String name, String fallback) {
        String value = System.getProperty(name);
        if (value == null) {
            value = System.getenv(name.toUpperCase().replace('.', '_').replace('-', '_'));
        }
        return value == null ? fallback : value;
    }
}
