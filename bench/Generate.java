import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates a realistic JPA code base of about the requested number of lines, deterministically
 * from a seed: per module, entities (to-one and to-many associations with mixed fetch types,
 * bags and sets, a mapped superclass, an embeddable), Spring Data repositories (derived, @Query,
 * @EntityGraph, @LoadPlan methods), services (loops, streams, transactions, remote calls), and
 * mostly plain non-JPA code, as real code bases are.
 *
 * <p>Usage: {@code java bench/Generate.java <outDir> <lines> [seed]}
 */
public final class Generate {
  private final Random random;
  private final Path root;
  private long lines;

  private Generate(Path root, long seed) {
    this.root = root;
    this.random = new Random(seed);
  }

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    long target = Long.parseLong(args[1]);
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 42L;
    Generate generate = new Generate(out, seed);
    int module = 0;
    while (generate.lines < target) {
      generate.module(module++);
    }
    System.out.println(out + ": " + generate.lines + " lines in " + module + " modules");
  }

  private void module(int index) throws IOException {
    String pkg = "gen.m" + index;
    write(pkg, "Base", base(pkg));
    write(pkg, "Address", address(pkg));
    int entities = 4;
    for (int e = 0; e < entities; e++) {
      write(pkg, "E" + e, entity(pkg, e, entities));
      write(pkg, "E" + e + "Repository", repository(pkg, e));
    }
    write(pkg, "Service", service(pkg, entities));
    // Most code is not about persistence: three plain classes per entity.
    for (int p = 0; p < entities * 3; p++) {
      write(pkg, "Util" + p, plain(pkg, p));
    }
  }

  private void write(String pkg, String name, String source) throws IOException {
    Path file = root.resolve(pkg.replace('.', '/')).resolve(name + ".java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, source, StandardCharsets.UTF_8);
    lines += source.lines().count();
  }

  private static String base(String pkg) {
    return "package " + pkg + ";\n\nimport jakarta.persistence.*;\n\n@MappedSuperclass\n"
        + "public abstract class Base {\n  @Id @GeneratedValue protected Long id;\n  @Version protected int version;\n\n"
        + "  public Long getId() {\n    return id;\n  }\n}\n";
  }

  private static String address(String pkg) {
    return "package " + pkg + ";\n\nimport jakarta.persistence.*;\n\n@Embeddable\npublic class Address {\n"
        + "  private String street;\n  private String city;\n\n"
        + "  public String getStreet() {\n    return street;\n  }\n\n  public String getCity() {\n    return city;\n  }\n}\n";
  }

  private String entity(String pkg, int e, int entities) {
    StringBuilder s = new StringBuilder();
    s.append("package ").append(pkg).append(";\n\nimport jakarta.persistence.*;\nimport java.util.*;\n\n");
    s.append("@Entity\npublic class E").append(e).append(" extends Base {\n");
    s.append("  private String name;\n  private int amount;\n  @Embedded private Address address;\n");
    int next = (e + 1) % entities;
    List<String> getters = new ArrayList<>();
    String toOneFetch = random.nextInt(4) == 0 ? "" : "(fetch = FetchType.LAZY)";
    s.append("  @ManyToOne").append(toOneFetch).append(" private E").append(next).append(" parent;\n");
    getters.add("  public E" + next + " getParent() {\n    return parent;\n  }\n");
    if (random.nextBoolean()) {
      String collection = random.nextBoolean() ? "List" : "Set";
      s.append("  @OneToMany(mappedBy = \"parent\") private ").append(collection).append("<E").append((e + entities - 1) % entities)
          .append("> children = new ").append(collection.equals("List") ? "ArrayList" : "HashSet").append("<>();\n");
      getters.add("  public " + collection + "<E" + ((e + entities - 1) % entities) + "> getChildren() {\n    return children;\n  }\n");
    }
    s.append("\n  public String getName() {\n    return name;\n  }\n\n  public int getAmount() {\n    return amount;\n  }\n\n");
    s.append("  public void setAmount(int amount) {\n    this.amount = amount;\n  }\n\n");
    s.append("  public Address getAddress() {\n    return address;\n  }\n\n");
    for (String getter : getters) {
      s.append(getter).append('\n');
    }
    s.append("}\n");
    return s.toString();
  }

  private String repository(String pkg, int e) {
    String entity = "E" + e;
    return "package " + pkg + ";\n\nimport io.github.ormcheck.annotations.LoadPlan;\nimport java.util.*;\n"
        + "import org.springframework.data.jpa.repository.*;\n\n"
        + "public interface " + entity + "Repository extends JpaRepository<" + entity + ", Long> {\n"
        + "  List<" + entity + "> findByName(String name);\n\n"
        + "  @Query(\"select x from " + entity + " x join fetch x.parent where x.amount > :amount\")\n"
        + "  List<" + entity + "> findWithParent(int amount);\n\n"
        + "  @EntityGraph(attributePaths = \"parent\")\n  List<" + entity + "> findByAmountGreaterThan(int amount);\n\n"
        + "  @LoadPlan({\"parent\"})\n  @Query(\"select x from " + entity + " x join fetch x.parent\")\n"
        + "  List<" + entity + "> findPlanned();\n}\n";
  }

  private String service(String pkg, int entities) {
    StringBuilder s = new StringBuilder();
    s.append("package ").append(pkg).append(";\n\nimport java.util.*;\nimport java.util.stream.*;\n")
        .append("import org.springframework.transaction.annotation.Transactional;\n\npublic class Service {\n");
    for (int e = 0; e < entities; e++) {
      s.append("  private final E").append(e).append("Repository r").append(e).append(";\n");
    }
    s.append("\n  public Service(");
    for (int e = 0; e < entities; e++) {
      s.append(e == 0 ? "" : ", ").append("E").append(e).append("Repository r").append(e);
    }
    s.append(") {\n");
    for (int e = 0; e < entities; e++) {
      s.append("    this.r").append(e).append(" = r").append(e).append(";\n");
    }
    s.append("  }\n\n");
    for (int e = 0; e < entities; e++) {
      String entity = "E" + e;
      s.append("  public List<String> names").append(e).append("(String n) {\n")
          .append("    List<String> names = new ArrayList<>();\n")
          .append("    for (").append(entity).append(" x : r").append(e).append(random.nextBoolean() ? ".findWithParent(1)" : ".findByName(n)")
          .append(") {\n      names.add(x.getParent().getName());\n    }\n    return names;\n  }\n\n");
      s.append("  public int total").append(e).append("() {\n    return r").append(e)
          .append(".findByAmountGreaterThan(0).stream().map(").append(entity)
          .append("::getParent).mapToInt(p -> p.getAmount()).sum();\n  }\n\n");
      s.append("  @Transactional\n  public void raise").append(e).append("(List<Long> ids) {\n")
          .append("    for (").append(entity).append(" x : r").append(e).append(".findAllById(ids)) {\n")
          .append("      x.setAmount(x.getAmount() + 1);\n    }\n  }\n\n");
    }
    s.append("}\n");
    return s.toString();
  }

  private String plain(String pkg, int p) {
    StringBuilder s = new StringBuilder();
    s.append("package ").append(pkg).append(";\n\nimport java.util.*;\nimport java.util.function.*;\nimport java.util.stream.*;\n\n");
    s.append("public final class Util").append(p).append(" {\n  private final Map<String, Integer> counts = new HashMap<>();\n\n");
    int methods = 4 + random.nextInt(4);
    for (int m = 0; m < methods; m++) {
      switch (random.nextInt(3)) {
        case 0:
          s.append("  public int sum").append(m).append("(List<Integer> values) {\n    int total = 0;\n")
              .append("    for (int i = 0; i < values.size(); i++) {\n      if (values.get(i) % ").append(2 + random.nextInt(5))
              .append(" == 0) {\n        total += values.get(i);\n      }\n    }\n    return total;\n  }\n\n");
          break;
        case 1:
          s.append("  public List<String> words").append(m).append("(String text) {\n    return Arrays.stream(text.split(\" \"))\n")
              .append("        .filter(w -> !w.isEmpty())\n        .map(String::toLowerCase)\n        .sorted()\n")
              .append("        .collect(Collectors.toList());\n  }\n\n");
          break;
        default:
          s.append("  public void count").append(m).append("(Collection<String> keys) {\n    for (String key : keys) {\n")
              .append("      counts.merge(key, 1, Integer::sum);\n    }\n    counts.entrySet().removeIf(e -> e.getValue() > ")
              .append(10 + random.nextInt(90)).append(");\n  }\n\n");
      }
    }
    s.append("}\n");
    return s.toString();
  }
}
