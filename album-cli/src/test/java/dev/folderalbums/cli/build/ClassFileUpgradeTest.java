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
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
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

  /** Compiled by javac as it compiles by default: concatenation through invokedynamic. */
  private static final String CONCAT = """
      public class Concat {
        public static String all(int i, long l, char c, boolean z, double d, float f, byte b, short s, Object o,
            String str, char[] chars, int[] ints) {
          return "i=" + i + " l=" + l + " c=" + c + " z=" + z + " d=" + d + " f=" + f + " b=" + b + " s=" + s
              + " o=" + o + " str=" + str + " chars=" + chars + " ints=" + ints + " \u0001\u0002 " + 42 + 'x';
        }

        public static String loop(String[] parts) {
          String out = "";
          for (int k = 0; k < parts.length; k++) {
            long big = k * 10_000_000_000L;
            try {
              out = out + k + ":" + parts[k].length() + big + ";";
            } catch (NullPointerException e) {
              out = out + k + ":null;" + e.getClass().getSimpleName();
            }
          }
          return out;
        }

        public String instance(long big, double x) {
          String local = "L" + big;
          return local + getClass().getSimpleName() + x + local;
        }
      }
      """;

  @Test
  void concatenationThroughInvokedynamicBecomesAStringBuilderChainThatWritesTheSameText(@TempDir Path dir)
      throws Exception {
    Path source = dir.resolve("Concat.java");
    Files.writeString(source, CONCAT);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertThat(javac.run(null, null, null, "-d", dir.toString(), source.toString())).isZero();
    byte[] original = Files.readAllBytes(dir.resolve("Concat.class"));
    assertThat(ClassFileUpgrade.usesIndyConcat(original)).as("javac's default").isTrue();

    byte[] inlined = ClassFileUpgrade.inlineConcat(original);

    assertThat(ClassFileUpgrade.usesIndyConcat(inlined)).isFalse();
    assertThat(ClassFileUpgrade.majorVersion(inlined)).isEqualTo(ClassFileUpgrade.majorVersion(original));
    // Loading verifies the class with its kept frames: a wrong one is a VerifyError here.
    Class<?> before = new OneClassLoader(original).loadClass("Concat");
    Class<?> after = new OneClassLoader(inlined).loadClass("Concat");
    char[] chars = {'a', 'b'};
    int[] ints = {1};
    List<Object[]> calls = List.of(
        new Object[] {1, 2L, 'c', true, 0.5, 1.25f, (byte) 7, (short) -3, List.of("x"), "s", chars, ints},
        new Object[] {Integer.MIN_VALUE, Long.MAX_VALUE, '\u00e9', false, Double.NaN, -0.0f, (byte) 0,
            (short) 0, null, null, null, null});
    Method allBefore = before.getMethod("all", int.class, long.class, char.class, boolean.class, double.class,
        float.class, byte.class, short.class, Object.class, String.class, char[].class, int[].class);
    Method allAfter = after.getMethod("all", allBefore.getParameterTypes());
    for (Object[] args : calls) {
      assertThat(allAfter.invoke(null, args)).isEqualTo(allBefore.invoke(null, args));
    }
    String[] parts = {"ab", null, "cde"};
    assertThat(after.getMethod("loop", String[].class).invoke(null, (Object) parts))
        .isEqualTo(before.getMethod("loop", String[].class).invoke(null, (Object) parts))
        .isEqualTo("0:20;1:null;NullPointerException2:320000000000;");
    Object a = after.getConstructor().newInstance();
    Object b = before.getConstructor().newInstance();
    assertThat(after.getMethod("instance", long.class, double.class).invoke(a, 5L, 2.5))
        .isEqualTo(before.getMethod("instance", long.class, double.class).invoke(b, 5L, 2.5))
        .isEqualTo("L5Concat2.5L5");
  }

  /** Defines one class from its bytes, verified as any class outside the JDK is. */
  private static final class OneClassLoader extends ClassLoader {
    private final byte[] bytes;

    OneClassLoader(byte[] bytes) {
      super(ClassFileUpgradeTest.class.getClassLoader());
      this.bytes = bytes;
    }

    @Override
    protected Class<?> findClass(String name) {
      return defineClass(name, bytes, 0, bytes.length);
    }
  }
}
