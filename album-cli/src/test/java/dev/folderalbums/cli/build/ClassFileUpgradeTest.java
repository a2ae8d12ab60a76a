package dev.folderalbums.cli.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ClassFileUpgradeTest {
  private static List<String> oldClasses(Path jar) throws IOException {
    List<String> old = new ArrayList<>();
    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(jar))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.getName().endsWith(".class") && ClassFileUpgrade.majorVersion(zip.readAllBytes()) < 50) {
          old.add(e.getName());
        }
      }
    }
    return old;
  }

  @Test
  void picocliBecomesJava8ClassesThatTheTypeCheckingVerifierAccepts(@TempDir Path dir) throws Exception {
    Path picocli = Path.of(CommandLine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    assertThat(oldClasses(picocli)).as("picocli as published is compiled for Java 5").isNotEmpty();
    Path upgraded = dir.resolve("picocli.jar");

    int count = ClassFileUpgrade.upgrade(picocli, upgraded);

    assertThat(count).isEqualTo(oldClasses(picocli).size());
    assertThat(oldClasses(upgraded)).isEmpty();
    // Initialising every class links it, and linking a Java 8 class runs the type-checking verifier on its frames:
    // a wrong frame is a VerifyError here. Then the upgraded picocli parses a command line.
    try (URLClassLoader loader = new URLClassLoader(new URL[] {upgraded.toUri().toURL()},
        ClassLoader.getPlatformClassLoader())) {
      try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(upgraded))) {
        for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
          if (e.getName().endsWith(".class") && !e.getName().contains("module-info")) {
            Class<?> c = Class.forName(e.getName().replace('/', '.').replace(".class", ""), true, loader);
            assertThat(c.getClassLoader()).isSameAs(loader);
          }
        }
      }
      Class<?> specs = loader.loadClass("picocli.CommandLine$Model$CommandSpec");
      Object spec = specs.getMethod("create").invoke(null);
      Class<?> optionSpec = loader.loadClass("picocli.CommandLine$Model$OptionSpec");
      Object builder = optionSpec.getMethod("builder", String.class, String[].class).invoke(null, "-n",
          new String[0]);
      Method arity = builder.getClass().getMethod("arity", String.class);
      arity.setAccessible(true); // declared by a builder class that is not public
      arity.invoke(builder, "1");
      specs.getMethod("addOption", optionSpec).invoke(spec, builder.getClass().getMethod("build").invoke(builder));
      Object cli = loader.loadClass("picocli.CommandLine").getConstructor(Object.class).newInstance(spec);
      Object parsed = cli.getClass().getMethod("parseArgs", String[].class).invoke(cli,
          (Object) new String[] {"-n", "42"});
      Object value = parsed.getClass().getMethod("matchedOptionValue", String.class, Object.class)
          .invoke(parsed, "-n", null);
      assertThat(value).isEqualTo("42");
    }
  }
}
