package org.carbonledger.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The public API of a module as text: one line per public type (with its supertypes), then one
 * line per public or protected constructor, method and field it declares, all sorted, so that
 * any change of the API is a visible diff of a committed file ({@code api/ARTIFACT.txt} at the
 * repository root) until a release exists to compare against.
 *
 * <p>A type counts when its package is exported to every module by the module's descriptor
 * ({@code module-info.class}; a qualified export, {@code exports p to m}, is not API) and it and
 * every type enclosing it are public (protected for nested types). Without a descriptor every
 * package counts. Members are written with their generic signatures and {@code throws} clauses,
 * without the declaring type's name.
 *
 * <p>Each module's {@code ApiReportTest} compares the report of its {@code target/classes} with the
 * committed file (core's is in this module's tests, as core cannot depend on its test kit);
 * {@code -Dcarbonledger.api.update=true} rewrites the file instead:
 * {@code mvn -B test -Dtest='*ApiReportTest' -Dsurefire.failIfNoSpecifiedTests=false -Dcarbonledger.api.update=true}.
 */
public final class ApiReport {
    /** The system property that rewrites the committed reports. */
    public static final String UPDATE = "carbonledger.api.update";

    private ApiReport() {
    }

    /**
     * Lists the API of the classes in a folder.
     *
     * @param classes a module's {@code target/classes}
     * @param loader a class loader that can load them (the test's)
     * @return the report's lines
     */
    public static List<String> of(Path classes, ClassLoader loader) {
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            files.filter(p -> p.toString().endsWith(".class")).forEach(p -> {
                String rel = classes.relativize(p).toString().replace('\\', '/');
                String name = rel.substring(0, rel.length() - ".class".length()).replace('/', '.');
                if (!name.endsWith("package-info") && !name.endsWith("module-info") && !name.matches(".*\\$\\d.*")) {
                    names.add(name);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        names.sort(null);
        Set<String> exported = exported(classes);
        if (exported != null) {
            names.removeIf(n -> !exported.contains(n.substring(0, Math.max(0, n.lastIndexOf('.')))));
        }
        List<String> lines = new ArrayList<>();
        for (String name : names) {
            Class<?> type;
            try {
                type = Class.forName(name, false, loader);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(name + " is in " + classes + " but not on the class path", e);
            }
            if (!visible(type)) {
                continue;
            }
            lines.add(typeLine(type));
            List<String> members = new ArrayList<>();
            for (Constructor<?> c : type.getDeclaredConstructors()) {
                if (visible(c)) {
                    members.add("  " + strip(c.toGenericString(), type));
                }
            }
            for (Method m : type.getDeclaredMethods()) {
                if (visible(m) && !m.isBridge()) {
                    members.add("  " + strip(m.toGenericString(), type));
                }
            }
            for (Field f : type.getDeclaredFields()) {
                if (visible(f)) {
                    members.add("  " + strip(f.toGenericString(), type));
                }
            }
            members.sort(null);
            lines.addAll(members);
        }
        return lines;
    }

    /** The packages the descriptor exports to every module, or {@code null} when there is no descriptor. */
    private static Set<String> exported(Path classes) {
        Path descriptor = classes.resolve("module-info.class");
        if (!Files.exists(descriptor)) {
            return null;
        }
        try (InputStream in = Files.newInputStream(descriptor)) {
            return ModuleDescriptor.read(in).exports().stream()
                    .filter(e -> !e.isQualified())
                    .map(ModuleDescriptor.Exports::source)
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean visible(Class<?> type) {
        for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
            int m = t.getModifiers();
            boolean nested = t.getEnclosingClass() != null;
            boolean ok = Modifier.isPublic(m) || (nested && Modifier.isProtected(m));
            if (!ok || t.isAnonymousClass() || t.isLocalClass() || t.isSynthetic()) {
                return false;
            }
        }
        return true;
    }

    private static boolean visible(Member member) {
        int m = member.getModifiers();
        return (Modifier.isPublic(m) || Modifier.isProtected(m)) && !member.isSynthetic();
    }

    private static String typeLine(Class<?> type) {
        StringBuilder s = new StringBuilder(type.toGenericString());
        Type superclass = type.getGenericSuperclass();
        if (superclass != null && superclass != Object.class && !type.isEnum() && !type.isRecord()) {
            s.append(" extends ").append(superclass.getTypeName());
        }
        Type[] interfaces = type.getGenericInterfaces();
        if (interfaces.length > 0) {
            s.append(type.isInterface() ? " extends " : " implements ");
            for (int i = 0; i < interfaces.length; i++) {
                s.append(i == 0 ? "" : ", ").append(interfaces[i].getTypeName());
            }
        }
        return s.toString();
    }

    /** Drops the declaring type's name before a member's name: {@code current()}, not {@code org.x.Version.current()}. */
    private static String strip(String signature, Class<?> type) {
        return signature.replace(type.getTypeName() + ".", "").replace(type.getName() + ".", "");
    }

    /**
     * Compares a module's API with its committed report, or rewrites the report when
     * {@value #UPDATE} is {@code true}.
     *
     * @param artifact the module's artifact id, which names the report ({@code api/ARTIFACT.txt})
     * @param classes the module's {@code target/classes}
     * @param loader a class loader that can load them
     * @return the lines only in the code ({@code + }) and only in the report ({@code - }), empty when
     *     they agree or the report was rewritten
     */
    public static List<String> check(String artifact, Path classes, ClassLoader loader) {
        Path report = classes.toAbsolutePath().getParent().getParent().getParent().resolve("api").resolve(artifact + ".txt");
        List<String> actual = of(classes, loader);
        try {
            if (Boolean.getBoolean(UPDATE)) {
                Files.createDirectories(report.getParent());
                Files.write(report, actual, StandardCharsets.UTF_8);
                return List.of();
            }
            List<String> committed = Files.exists(report) ? Files.readAllLines(report, StandardCharsets.UTF_8) : List.of();
            List<String> diff = new ArrayList<>();
            for (String line : actual) {
                if (!committed.contains(line)) {
                    diff.add("+ " + line);
                }
            }
            for (String line : committed) {
                if (!actual.contains(line)) {
                    diff.add("- " + line);
                }
            }
            if (diff.isEmpty() && !committed.equals(actual)) {
                diff.add("~ the same lines in another order: regenerate the report");
            }
            return diff;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
