package eu.csar.architecture;

import com.tngtech.archunit.core.domain.JavaClass;

import java.net.URI;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the code is laid out (STYLE.md): every bounded context has the same name in every module and
 * one sub-package per role; the web module repeats the context under {@code eu.csar.web}. This class
 * reads context, role and module off a class, for the rules in this package.
 */
final class Layout {

    /** Contexts every other context may use freely: the shared kernel and the detection library. */
    static final Set<String> OPEN_TO_ALL = Set.of("shared", "detection");

    /** The web module's own shell (layout, feedback, problem mapping), open to every web package. */
    static final String WEB_SHELL = "platform";

    /** Roles below a context, by module (the detection engine is a plain library without roles). */
    static final Set<String> CORE_ROLES = Set.of("domain", "api", "application", "messaging");
    static final Set<String> WEB_ROLES = Set.of("portal", "rest", "soap");

    private static final Pattern WEB = Pattern.compile("eu\\.csar\\.web\\.(\\w+)(?:\\.(\\w+))?.*");
    private static final Pattern CORE = Pattern.compile("eu\\.csar\\.(\\w+)(?:\\.(\\w+))?.*");
    private static final Pattern JAR_NAME = Pattern.compile("(\\w[\\w-]*?)-\\d.*\\.jar");

    private Layout() {
    }

    static boolean isPlatformCode(String packageName) {
        return packageName.startsWith("eu.csar.");
    }

    static boolean isWeb(String packageName) {
        return packageName.startsWith("eu.csar.web.") || packageName.equals("eu.csar.web");
    }

    /** {@code registry} for {@code eu.csar.registry.domain} and {@code eu.csar.web.registry.rest} alike. */
    static String context(String packageName) {
        Matcher m = (isWeb(packageName) ? WEB : CORE).matcher(packageName);
        return m.matches() ? m.group(1) : "";
    }

    /** {@code domain}, {@code api}, {@code application}, {@code messaging}, {@code portal}, {@code rest}, {@code soap}... */
    static String role(String packageName) {
        Matcher m = (isWeb(packageName) ? WEB : CORE).matcher(packageName);
        return m.matches() && m.group(2) != null ? m.group(2) : "";
    }

    /** The module a class was built in: {@code persistence}, {@code ejb}, {@code jms} or {@code web}. */
    static String module(JavaClass c) {
        return c.getSource().map(source -> moduleOf(source.getUri())).orElse("(unknown)");
    }

    /** The jar or class directory a class was loaded from. */
    static String location(JavaClass c) {
        return c.getSource().map(source -> locationOf(source.getUri())).orElse("(unknown)");
    }

    private static String locationOf(URI uri) {
        String text = uri.toString();
        int bang = text.indexOf("!/");
        if (bang >= 0) {
            return text.substring(0, bang);
        }
        int classes = text.indexOf("/target/classes/");
        return classes >= 0 ? text.substring(0, classes + "/target/classes".length()) : text;
    }

    private static String moduleOf(URI uri) {
        String location = locationOf(uri);
        String name = location.substring(location.lastIndexOf('/') + 1);
        if (name.endsWith("-classes.jar")) {
            return "web"; // the war's classes, attached as <finalName>-classes.jar: the only war
        }
        Matcher jar = JAR_NAME.matcher(name);
        if (jar.matches()) {
            return jar.group(1);
        }
        Optional<String> dir = Optional.of(location).filter(l -> l.endsWith("/target/classes"))
                .map(l -> l.substring(0, l.length() - "/target/classes".length()))
                .map(l -> l.substring(l.lastIndexOf('/') + 1));
        return dir.orElse(name);
    }
}
