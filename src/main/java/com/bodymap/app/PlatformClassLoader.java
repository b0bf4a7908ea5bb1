package com.bodymap.app;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * For {@code java -jar body-map.jar} on an ARM Mac or ARM Linux: the jar's class path lists the
 * Intel JavaFX jars first, whose natives would be found first and fail to load. This starts the
 * program again in a class loader over the same jars less the other platforms' JavaFX jars. On
 * every other machine, and in the packaged app (which ships one platform's jars), it does nothing.
 */
final class PlatformClassLoader {
    private PlatformClassLoader() {
    }

    /** Whether the first JavaFX natives this loader sees are another platform's. */
    static boolean wrongNativesFirst(ClassLoader loader, String classifier) {
        String glass = System.mapLibraryName("glass");
        URL found = loader.getResource(glass);
        if (found == null || !"jar".equals(found.getProtocol())) {
            return false;
        }
        String path = found.getPath();
        int bang = path.indexOf("!/");
        String jar = path.substring(path.lastIndexOf('/', bang) + 1, bang);
        return PlatformJars.classifierOf(jar).map(c -> !c.equals(classifier)).orElse(false);
    }

    /** Runs {@code mainClass.main(args)} in a loader over this jar and its fitting class path. */
    static void relaunch(Class<?> mainClass, String[] args, String classifier) throws Exception {
        Path jar = Path.of(mainClass.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<URL> urls = new ArrayList<>();
        urls.add(jar.toUri().toURL());
        urls.addAll(manifestClassPath(jar, classifier));
        URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        Thread.currentThread().setContextClassLoader(loader);
        Method main = loader.loadClass(mainClass.getName()).getMethod("main", String[].class);
        try {
            main.invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception ex ? ex : new RuntimeException(e.getCause());
        }
    }

    private static List<URL> manifestClassPath(Path jar, String classifier) throws IOException, URISyntaxException {
        List<URL> urls = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            String classPath = manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
            if (classPath == null) {
                return urls;
            }
            for (String entry : classPath.trim().split("\\s+")) {
                String name = entry.substring(entry.lastIndexOf('/') + 1);
                if (PlatformJars.fits(name, classifier)) {
                    urls.add(toUrl(jar.getParent().resolve(entry)));
                }
            }
        }
        return urls;
    }

    private static URL toUrl(Path p) throws MalformedURLException {
        return p.toUri().toURL();
    }
}
