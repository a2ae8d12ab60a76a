package dev.folderalbums.cli.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * A build step, run on the shaded jar after packaging: rewrites class files older than Java 6 (picocli is compiled
 * for Java 5) as Java 8 class files with stack map frames. The JVM's start-up caches (a class-data archive, Java
 * 25's AOT cache) leave such old classes out, or keep them unverified, so every start parsed and verified picocli's
 * 140 classes with the old inference verifier: about 0.08 s of a 0.55 s rerun. The code is unchanged; only the
 * version and the frames are new, and the type-checking verifier checks the frames when the class loads.
 *
 * <p>{@code ClassFileUpgrade JAR}: rewrites the jar in place and prints how many classes it upgraded.
 */
public final class ClassFileUpgrade {
  private static final int JAVA_6 = 50;

  private ClassFileUpgrade() {}

  /** @param args the jar */
  public static void main(String[] args) throws IOException {
    Path jar = Path.of(args[0]);
    Path upgraded = jar.resolveSibling(jar.getFileName() + ".upgraded");
    int count = upgrade(jar, upgraded);
    Files.move(upgraded, jar, StandardCopyOption.REPLACE_EXISTING);
    System.out.println("class files upgraded to Java 8 in " + jar.getFileName() + ": " + count);
  }

  /**
   * Copies a jar, entry by entry in the same order and with the same times, upgrading old class files.
   *
   * @param in the jar
   * @param out where the upgraded jar goes
   * @return how many classes were upgraded
   * @throws IOException if a jar cannot be read or written
   */
  public static int upgrade(Path in, Path out) throws IOException {
    Map<String, byte[]> classes = new HashMap<>();
    List<ZipEntry> entries = new ArrayList<>();
    List<byte[]> contents = new ArrayList<>();
    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(in))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        byte[] bytes = zip.readAllBytes();
        entries.add(e);
        contents.add(bytes);
        if (e.getName().endsWith(".class")) {
          classes.put(e.getName().substring(0, e.getName().length() - ".class".length()), bytes);
        }
      }
    }
    int count = 0;
    try (OutputStream file = Files.newOutputStream(out); ZipOutputStream zip = new ZipOutputStream(file)) {
      for (int i = 0; i < entries.size(); i++) {
        ZipEntry e = entries.get(i);
        byte[] bytes = contents.get(i);
        if (e.getName().endsWith(".class") && majorVersion(bytes) < JAVA_6) {
          bytes = upgrade(bytes, classes);
          count++;
        }
        ZipEntry copy = new ZipEntry(e.getName());
        copy.setTime(e.getTime());
        zip.putNextEntry(copy);
        zip.write(bytes);
        zip.closeEntry();
      }
    }
    return count;
  }

  /** @param classFile a class file @return its major version */
  public static int majorVersion(byte[] classFile) {
    return (classFile[6] & 0xff) << 8 | (classFile[7] & 0xff);
  }

  /**
   * @param classFile an old class file
   * @param jarClasses the jar's classes by internal name, for the frames' common super classes
   * @return the same class as a Java 8 class file with computed frames
   */
  static byte[] upgrade(byte[] classFile, Map<String, byte[]> jarClasses) {
    ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
      @Override
      protected String getCommonSuperClass(String type1, String type2) {
        List<String> supers = superClasses(type1, jarClasses);
        for (String candidate : superClasses(type2, jarClasses)) {
          if (supers.contains(candidate)) {
            return candidate;
          }
        }
        return "java/lang/Object";
      }
    };
    new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9, writer) {
      @Override
      public void visit(int version, int access, String name, String signature, String superName,
          String[] interfaces) {
        super.visit(Opcodes.V1_8, access, name, signature, superName, interfaces);
      }
    }, 0);
    return writer.toByteArray();
  }

  /** A type and its super classes, nearest first; an interface stands for {@code Object}, as the verifier sees it. */
  private static List<String> superClasses(String type, Map<String, byte[]> jarClasses) {
    List<String> chain = new ArrayList<>();
    for (String t = type; t != null; t = superClass(t, jarClasses)) {
      chain.add(t);
    }
    return chain;
  }

  private static String superClass(String type, Map<String, byte[]> jarClasses) {
    byte[] bytes = jarClasses.get(type);
    if (bytes != null) {
      ClassReader reader = new ClassReader(bytes);
      return (reader.getAccess() & Opcodes.ACC_INTERFACE) != 0 ? "java/lang/Object" : reader.getSuperName();
    }
    try (InputStream platform = ClassLoader.getSystemResourceAsStream(type + ".class")) {
      if (platform == null) {
        return "java/lang/Object".equals(type) ? null : "java/lang/Object";
      }
      ClassReader reader = new ClassReader(platform);
      return (reader.getAccess() & Opcodes.ACC_INTERFACE) != 0 ? "java/lang/Object" : reader.getSuperName();
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + type, e);
    }
  }
}
