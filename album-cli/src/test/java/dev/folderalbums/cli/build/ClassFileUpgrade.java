package dev.folderalbums.cli.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
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
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * A build step, run on the shaded jar after packaging, that makes two kinds of class files cheaper to start:
 *
 * <ul>
 *   <li>Class files older than Java 6 (picocli is compiled for Java 5) become Java 8 class files with stack map
 *       frames. The JVM's start-up caches (a class-data archive, Java 25's AOT cache) leave such old classes out, or
 *       keep them unverified, so every start parsed and verified picocli's 140 classes with the old inference
 *       verifier: about 0.08 s of a 0.55 s rerun. The code is unchanged; only the version and the frames are new,
 *       and the type-checking verifier checks the frames when the class loads.
 *   <li>String concatenation through {@code invokedynamic} (logback is the only library in the jar that uses it)
 *       becomes a {@code StringBuilder} chain, as our own code is compiled ({@code -XDstringConcat=inline}). The
 *       first such concatenation of a run spins its method handles, about 15 ms on Java 17, and logback's start
 *       makes one at every run. The text is the same: each value is appended in order, a reference as
 *       {@code String.valueOf} writes it.
 * </ul>
 *
 * <p>{@code ClassFileUpgrade JAR}: rewrites the jar in place and prints how many classes it changed.
 */
public final class ClassFileUpgrade {
  private static final int JAVA_6 = 50;
  private static final String STRING_CONCAT = "java/lang/invoke/StringConcatFactory";

  private ClassFileUpgrade() {}

  /** @param args the jar */
  public static void main(String[] args) throws IOException {
    Path jar = Path.of(args[0]);
    Path upgraded = jar.resolveSibling(jar.getFileName() + ".upgraded");
    int count = upgrade(jar, upgraded);
    Files.move(upgraded, jar, StandardCopyOption.REPLACE_EXISTING);
    System.out.println("class files upgraded to Java 8 or without invokedynamic concatenation in "
        + jar.getFileName() + ": " + count);
  }

  /**
   * Copies a jar, entry by entry in the same order and with the same times, upgrading old class files and
   * inlining string concatenation.
   *
   * @param in the jar
   * @param out where the upgraded jar goes
   * @return how many classes were changed
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
        } else if (e.getName().endsWith(".class") && usesIndyConcat(bytes)) {
          bytes = inlineConcat(bytes);
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

  /** @param classFile a class file @return whether it names the JDK's factory of concatenation call sites */
  public static boolean usesIndyConcat(byte[] classFile) {
    return contains(classFile, STRING_CONCAT.getBytes(StandardCharsets.UTF_8));
  }

  private static boolean contains(byte[] bytes, byte[] part) {
    outer:
    for (int i = 0; i + part.length <= bytes.length; i++) {
      for (int j = 0; j < part.length; j++) {
        if (bytes[i + j] != part[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  /**
   * Replaces each {@code invokedynamic} string concatenation by a {@code StringBuilder} chain. The operands are
   * stored in new locals above the method's own and appended in order. The inserted code has no branch, so the
   * class's stack map frames stay valid as they are (a new local lives only between two frames) and are kept; only
   * the maximums are recomputed.
   *
   * @param classFile a class file that uses {@code invokedynamic} concatenation
   * @return the same class without it
   */
  static byte[] inlineConcat(byte[] classFile) {
    ClassReader reader = new ClassReader(classFile);
    Map<String, Integer> maxLocals = new HashMap<>();
    reader.accept(new ClassVisitor(Opcodes.ASM9) {
      @Override
      public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
          String[] exceptions) {
        return new MethodVisitor(Opcodes.ASM9) {
          @Override
          public void visitMaxs(int maxStack, int locals) {
            maxLocals.put(name + descriptor, locals);
          }
        };
      }
    }, ClassReader.SKIP_DEBUG);
    ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
    reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
      @Override
      public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
          String[] exceptions) {
        MethodVisitor method = super.visitMethod(access, name, descriptor, signature, exceptions);
        int firstFree = maxLocals.getOrDefault(name + descriptor, 0);
        return new MethodVisitor(Opcodes.ASM9, method) {
          private int nextLocal = firstFree;

          @Override
          public void visitInvokeDynamicInsn(String indyName, String indyDescriptor, Handle bootstrap,
              Object... arguments) {
            if (!bootstrap.getOwner().equals(STRING_CONCAT)) {
              super.visitInvokeDynamicInsn(indyName, indyDescriptor, bootstrap, arguments);
              return;
            }
            Type[] operands = Type.getArgumentTypes(indyDescriptor);
            String recipe = bootstrap.getName().equals("makeConcatWithConstants") ? (String) arguments[0]
                : "\u0001".repeat(operands.length);
            int[] slots = new int[operands.length];
            for (int i = 0; i < operands.length; i++) {
              slots[i] = nextLocal;
              nextLocal += operands[i].getSize();
            }
            for (int i = operands.length - 1; i >= 0; i--) {
              super.visitVarInsn(operands[i].getOpcode(Opcodes.ISTORE), slots[i]);
            }
            super.visitTypeInsn(Opcodes.NEW, "java/lang/StringBuilder");
            super.visitInsn(Opcodes.DUP);
            super.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/StringBuilder", "<init>", "()V", false);
            StringBuilder text = new StringBuilder();
            int operand = 0;
            int constant = 1;
            for (char c : recipe.toCharArray()) {
              if (c == '\u0001') {
                appendText(text);
                super.visitVarInsn(operands[operand].getOpcode(Opcodes.ILOAD), slots[operand]);
                super.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/StringBuilder", "append",
                    "(" + appended(operands[operand]) + ")Ljava/lang/StringBuilder;", false);
                operand++;
              } else if (c == '\u0002') {
                text.append(arguments[constant++]);
              } else {
                text.append(c);
              }
            }
            appendText(text);
            super.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/StringBuilder", "toString",
                "()Ljava/lang/String;", false);
          }

          private void appendText(StringBuilder text) {
            if (text.length() > 0) {
              super.visitLdcInsn(text.toString());
              super.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/StringBuilder", "append",
                  "(Ljava/lang/String;)Ljava/lang/StringBuilder;", false);
              text.setLength(0);
            }
          }
        };
      }
    }, 0);
    return writer.toByteArray();
  }

  /** The parameter type of the {@code append} that writes a value of this type as the concatenation does. */
  private static String appended(Type type) {
    return switch (type.getSort()) {
      case Type.BOOLEAN -> "Z";
      case Type.CHAR -> "C";
      case Type.BYTE, Type.SHORT, Type.INT -> "I";
      case Type.LONG -> "J";
      case Type.FLOAT -> "F";
      case Type.DOUBLE -> "D";
      // Any other reference, arrays too (a char[] is not its characters here): String.valueOf(Object).
      default -> type.getDescriptor().equals("Ljava/lang/String;") ? "Ljava/lang/String;" : "Ljava/lang/Object;";
    };
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
