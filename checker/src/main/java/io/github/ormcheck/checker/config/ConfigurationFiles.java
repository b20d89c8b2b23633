package io.github.ormcheck.checker.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds and reads an application's configuration in a resources directory:
 * {@code application*.properties}, {@code application*.yml}/{@code .yaml} (top level and
 * {@code config/}, as Spring Boot looks for them) and {@code META-INF/persistence.xml}. Files are
 * read in a fixed order: {@code application.*} before profile files, then by name.
 */
public final class ConfigurationFiles {
  private static final Pattern APPLICATION = Pattern.compile("application(-[^/]+)?\\.(properties|ya?ml)");

  private ConfigurationFiles() {}

  public static List<ConfigEntry> read(Path resources) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path dir : List.of(resources, resources.resolve("config"))) {
      if (Files.isDirectory(dir)) {
        try (Stream<Path> list = Files.list(dir)) {
          list.filter(f -> APPLICATION.matcher(f.getFileName().toString()).matches())
              .filter(Files::isRegularFile)
              .sorted(ConfigurationFiles::compare)
              .forEach(files::add);
        }
      }
    }
    List<ConfigEntry> entries = new ArrayList<>();
    for (Path file : files) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      entries.addAll(file.toString().endsWith(".properties")
          ? PropertiesReader.read(file, text)
          : YamlReader.read(file, text));
    }
    Path persistence = resources.resolve("META-INF/persistence.xml");
    if (Files.isRegularFile(persistence)) {
      entries.addAll(PersistenceXmlReader.read(persistence, Files.readString(persistence, StandardCharsets.UTF_8)));
    }
    return entries;
  }

  /** Whether the file is a profile-specific one ({@code application-dev.yml}). */
  public static boolean isProfileFile(Path file) {
    return file.getFileName().toString().startsWith("application-");
  }

  private static int compare(Path a, Path b) {
    int profile = Boolean.compare(isProfileFile(a), isProfileFile(b));
    return profile != 0 ? profile : a.getFileName().toString().compareTo(b.getFileName().toString());
  }
}
