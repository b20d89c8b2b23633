package io.github.ormcheck.corpus.scale;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates a realistic JPA code base of about the requested number of lines, deterministically
 * from a seed. Per module: entities (to-one and to-many associations with mixed fetch types, bags
 * and sets, many-to-many, unidirectional one-to-many, a mapped superclass, an embeddable class
 * and an embeddable record), Spring Data repositories (derived, {@code @Query}, {@code
 * @EntityGraph}, {@code @LoadPlan} methods), a service (loops, streams, transactions, remote
 * calls), odd but valid Java (deep generics, raw types, records, sealed types, anonymous classes,
 * lambdas in lambdas, Lombok-style accessors, an association typed by a type variable), and
 * mostly plain non-JPA code, as real code bases are. {@link #brokenModule} writes a module that
 * does not compile (unresolvable symbols, Lombok's annotations without Lombok).
 *
 * <p>Used by the benchmark ({@code bench/run.sh} runs this file with {@code java} in source-file
 * mode, so it needs nothing but the JDK) and by {@code GeneratedCodeTest}.
 *
 * <p>Usage: {@code java Generate.java <outDir> <lines> [seed]}
 */
public final class Generate {
  private static final int ENTITIES = 4;

  private final Random random;
  private final Path root;
  private long lines;
  private int entityCount;

  private Generate(Path root, long seed) {
    this.root = root;
    this.random = new Random(seed);
  }

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    long lines = codeBase(out, Long.parseLong(args[1]), args.length > 2 ? Long.parseLong(args[2]) : 42L);
    System.out.println(out + ": " + lines + " lines");
  }

  /** Writes a code base of at least {@code target} lines under {@code out}; returns its line count. */
  public static long codeBase(Path out, long target, long seed) throws IOException {
    Generate generate = new Generate(out, seed);
    int module = 0;
    while (generate.lines < target) {
      generate.module(module++);
    }
    return generate.lines;
  }

  /**
   * One module that cannot compile, as the checker meets code in an IDE or a broken build: Lombok's
   * annotations without Lombok (so the getters it would generate do not exist), unknown types, an
   * unknown entity in a query, calls to methods that are not there, inside loops, streams and
   * transactions.
   */
  public static void brokenModule(Path out) throws IOException {
    Generate generate = new Generate(out, 7L);
    generate.module(0);
    generate.write("gen.m0", "Broken", BROKEN.replace("PKG", "gen.m0"));
  }

  private void module(int index) throws IOException {
    String pkg = "gen.m" + index;
    write(pkg, "Base", base(pkg));
    write(pkg, "Address", address(pkg));
    write(pkg, "Money", template(MONEY, pkg));
    for (int e = 0; e < ENTITIES; e++) {
      write(pkg, "E" + e, entity(pkg, e));
      write(pkg, "E" + e + "Repository", repository(pkg, e));
    }
    write(pkg, "Service", service(pkg));
    write(pkg, "Owned", template(OWNED, pkg));
    write(pkg, "Note", template(NOTE, pkg));
    write(pkg, "NoteRepository", template(NOTE_REPOSITORY, pkg));
    write(pkg, "Payment", template(PAYMENT, pkg));
    write(pkg, "Odd", template(ODD, pkg));
    // Most code is not about persistence: three plain classes per entity.
    for (int p = 0; p < ENTITIES * 3; p++) {
      write(pkg, "Util" + p, plain(pkg, p));
    }
  }

  private void write(String pkg, String name, String source) throws IOException {
    Path file = root.resolve(pkg.replace('.', '/')).resolve(name + ".java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, source, StandardCharsets.UTF_8);
    lines += source.lines().count();
  }

  private static String template(String text, String pkg) {
    return "package " + pkg + ";\n\n" + text;
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

  private String entity(String pkg, int e) {
    StringBuilder s = new StringBuilder();
    s.append("package ").append(pkg).append(";\n\nimport jakarta.persistence.*;\nimport java.util.*;\n\n");
    s.append("@Entity\npublic class E").append(e).append(" extends Base {\n");
    s.append("  private String name;\n  private int amount;\n  @Embedded private Address address;\n");
    if (e == 0) {
      s.append("  @Embedded private Money price;\n");
    }
    int next = (e + 1) % ENTITIES;
    int previous = (e + ENTITIES - 1) % ENTITIES;
    List<String> getters = new ArrayList<>();
    String toOneFetch = random.nextInt(4) == 0 ? "" : "(fetch = FetchType.LAZY)";
    s.append("  @ManyToOne").append(toOneFetch).append(" private E").append(next).append(" parent;\n");
    getters.add("  public E" + next + " getParent() {\n    return parent;\n  }\n");
    if (random.nextBoolean()) {
      String collection = random.nextBoolean() ? "List" : "Set";
      s.append("  @OneToMany(mappedBy = \"parent\") private ").append(collection).append("<E").append(previous)
          .append("> children = new ").append(collection.equals("List") ? "ArrayList" : "HashSet").append("<>();\n");
      getters.add("  public " + collection + "<E" + previous + "> getChildren() {\n    return children;\n  }\n");
    }
    // Round robin, so that every kind is there in any module count above one.
    switch (entityCount++ % 6) {
      case 0:
        s.append("  @ManyToMany private List<E").append(next).append("> related = new ArrayList<>();\n");
        getters.add("  public List<E" + next + "> getRelated() {\n    return related;\n  }\n");
        break;
      case 1:
        s.append("  @ManyToMany private Set<E").append(next).append("> related = new HashSet<>();\n");
        getters.add("  public Set<E" + next + "> getRelated() {\n    return related;\n  }\n");
        break;
      case 2:
        // Unidirectional through a join table (flagged), or with a foreign key (fine).
        s.append(random.nextBoolean() ? "  @OneToMany" : "  @OneToMany @JoinColumn(name = \"holder_id\")")
            .append(" private Set<Note> notes = new HashSet<>();\n");
        getters.add("  public Set<Note> getNotes() {\n    return notes;\n  }\n");
        break;
      default:
        break;
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

  private static String repository(String pkg, int e) {
    String entity = "E" + e;
    return "package " + pkg + ";\n\nimport io.github.ormcheck.annotations.LoadPlan;\nimport java.util.*;\n"
        + "import java.util.stream.Stream;\nimport org.springframework.data.domain.*;\n"
        + "import org.springframework.data.jpa.repository.*;\n\n"
        + "public interface " + entity + "Repository extends JpaRepository<" + entity + ", Long> {\n"
        + "  List<" + entity + "> findByName(String name);\n\n"
        + "  @Query(\"select x from " + entity + " x join fetch x.parent where x.amount > :amount\")\n"
        + "  List<" + entity + "> findWithParent(int amount);\n\n"
        + "  @EntityGraph(attributePaths = \"parent\")\n  List<" + entity + "> findByAmountGreaterThan(int amount);\n\n"
        + "  Page<" + entity + "> findByNameStartingWith(String prefix, Pageable page);\n\n"
        + "  @Query(\"select x from " + entity + " x\")\n  Stream<" + entity + "> streamAll();\n\n"
        + "  @LoadPlan({\"parent\"})\n  @Query(\"select x from " + entity + " x join fetch x.parent\")\n"
        + "  List<" + entity + "> findPlanned();\n}\n";
  }

  private String service(String pkg) {
    StringBuilder s = new StringBuilder();
    s.append("package ").append(pkg).append(";\n\nimport java.net.URI;\nimport java.net.http.*;\n")
        .append("import java.util.*;\nimport java.util.stream.*;\n")
        .append("import org.springframework.transaction.annotation.Transactional;\n\npublic class Service {\n")
        .append("  private final HttpClient http = HttpClient.newHttpClient();\n");
    for (int e = 0; e < ENTITIES; e++) {
      s.append("  private final E").append(e).append("Repository r").append(e).append(";\n");
    }
    s.append("\n  public Service(");
    for (int e = 0; e < ENTITIES; e++) {
      s.append(e == 0 ? "" : ", ").append("E").append(e).append("Repository r").append(e);
    }
    s.append(") {\n");
    for (int e = 0; e < ENTITIES; e++) {
      s.append("    this.r").append(e).append(" = r").append(e).append(";\n");
    }
    s.append("  }\n\n");
    for (int e = 0; e < ENTITIES; e++) {
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
      if (random.nextInt(3) == 0) {
        // A remote call inside the transaction (flagged) or after it (fine), by a coin.
        String annotation = random.nextBoolean() ? "  @Transactional\n" : "";
        s.append(annotation).append("  public void publish").append(e).append("(long id) throws Exception {\n")
            .append("    ").append(entity).append(" x = r").append(e).append(".findById(id).orElseThrow();\n")
            .append("    x.setAmount(0);\n")
            .append("    http.send(HttpRequest.newBuilder(URI.create(\"http://audit/\" + id)).build(),")
            .append(" HttpResponse.BodyHandlers.discarding());\n  }\n\n");
      }
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

  private static final String MONEY =
      """
      import jakarta.persistence.Embeddable;

      /** A record as an embeddable (JPA 3.2, Hibernate 6.2 and later). */
      @Embeddable
      public record Money(long cents, String currency) {
        public Money {
          currency = currency == null ? "EUR" : currency;
        }
      }
      """;

  /** A generic mapped superclass: the association's target is a type variable. */
  private static final String OWNED =
      """
      import jakarta.persistence.*;

      @MappedSuperclass
      public abstract class Owned<O extends Base> extends Base {
        @ManyToOne(fetch = FetchType.LAZY)
        protected O owner;

        public O getOwner() {
          return owner;
        }
      }
      """;

  /** Lombok-style accessors, written out as delombok would: isX, fluent, chained setters. */
  private static final String NOTE =
      """
      import jakarta.persistence.*;

      @Entity
      public class Note extends Owned<E0> {
        private boolean pinned;
        private String text;
        @ManyToOne(fetch = FetchType.LAZY)
        private E1 author;

        public boolean isPinned() {
          return pinned;
        }

        public String text() {
          return text;
        }

        public E1 author() {
          return author;
        }

        public Note text(String text) {
          this.text = text;
          return this;
        }
      }
      """;

  private static final String NOTE_REPOSITORY =
      """
      import java.util.List;
      import org.springframework.data.jpa.repository.JpaRepository;
      import org.springframework.data.repository.NoRepositoryBean;

      @NoRepositoryBean
      interface Repo<T extends Base> extends JpaRepository<T, Long> {
        List<T> findByVersionGreaterThan(int version);
      }

      public interface NoteRepository extends Repo<Note> {
        List<Note> findByPinnedTrue();
      }
      """;

  /** A sealed entity hierarchy. */
  private static final String PAYMENT =
      """
      import jakarta.persistence.*;

      @Entity
      @Inheritance(strategy = InheritanceType.SINGLE_TABLE)
      public abstract sealed class Payment extends Base permits Payment.Card, Payment.Cash {
        @ManyToOne(fetch = FetchType.LAZY)
        private E2 payer;

        public E2 getPayer() {
          return payer;
        }

        @Entity
        public static non-sealed class Card extends Payment {
          private String last4;
        }

        @Entity
        public static non-sealed class Cash extends Payment {}
      }
      """;

  private static final String ODD =
      """
      import java.util.*;
      import java.util.function.*;
      import java.util.stream.*;
      import org.springframework.transaction.annotation.Transactional;
      import org.springframework.transaction.support.TransactionTemplate;

      /** Valid Java that stresses the analysis: none of it may crash the checker. */
      public class Odd {
        private final E0Repository orders;
        private final NoteRepository notes;

        public Odd(E0Repository orders, NoteRepository notes) {
          this.orders = orders;
          this.notes = notes;
        }

        static <K extends Comparable<? super K>, V extends Base> Map<K, List<Map<Long, Optional<V>>>> index(
            Map<K, List<Map<Long, Optional<V>>>> in) {
          return new TreeMap<>(in);
        }

        public List<String> deep(Map<String, List<Map<Long, Optional<E0>>>> in) {
          List<String> out = new ArrayList<>();
          for (Map.Entry<String, List<Map<Long, Optional<E0>>>> entry : index(in).entrySet()) {
            for (Map<Long, Optional<E0>> byId : entry.getValue()) {
              for (Optional<E0> row : byId.values()) {
                row.map(E0::getParent).map(E1::getName).ifPresent(out::add);
              }
            }
          }
          return out;
        }

        @SuppressWarnings({"rawtypes", "unchecked"})
        public int raw(List rows) {
          List all = orders.findAll();
          int n = 0;
          for (Object o : all) {
            n += ((E0) o).getParent().getAmount();
          }
          for (Iterator it = rows.iterator(); it.hasNext(); ) {
            n += it.next().hashCode();
          }
          Map m = new HashMap();
          m.put("all", all);
          JpaRepositoryHolder holder = new JpaRepositoryHolder(orders);
          return n + m.size() + holder.count();
        }

        @SuppressWarnings("rawtypes")
        static final class JpaRepositoryHolder {
          private final org.springframework.data.jpa.repository.JpaRepository repository;

          JpaRepositoryHolder(org.springframework.data.jpa.repository.JpaRepository repository) {
            this.repository = repository;
          }

          int count() {
            int n = 0;
            for (Object o : repository.findAll()) {
              n++;
            }
            return n;
          }
        }

        public record View(String name, int amount) {
          public View {
            Objects.requireNonNull(name);
          }
        }

        public sealed interface Shape permits Circle, Square {}

        public record Circle(double r) implements Shape {}

        public static final class Square implements Shape {
          final double side = 1;
        }

        static double area(Shape shape) {
          if (shape instanceof Circle c) {
            return c.r() * c.r();
          }
          return shape instanceof Square q ? q.side * q.side : 0;
        }

        public List<View> views() {
          return orders.findWithParent(0).stream()
              .map(x -> new View(x.getParent().getName(), x.getAmount()))
              .collect(Collectors.toList());
        }

        public void sortByParent(List<E0> rows) {
          rows.sort(new Comparator<E0>() {
            @Override
            public int compare(E0 a, E0 b) {
              return a.getParent().getName().compareTo(b.getParent().getName());
            }
          });
        }

        public Map<String, List<String>> nested(List<E0> rows) {
          return rows.stream().collect(Collectors.groupingBy(
              r -> r.getName(),
              Collectors.mapping(
                  r -> Optional.ofNullable(r.getParent())
                      .map(p -> ((Function<E1, String>) q -> q.getName()).apply(p))
                      .orElse(""),
                  Collectors.toList())));
        }

        public void template(TransactionTemplate tx) {
          tx.executeWithoutResult(status -> orders.findAll().forEach(
              x -> Optional.ofNullable(x.getParent()).ifPresent(y -> y.setAmount(y.getAmount() + 1))));
        }

        @Transactional(readOnly = true)
        public List<String> owners() {
          List<String> names = new ArrayList<>();
          for (Note note : notes.findByPinnedTrue()) {
            names.add(note.getOwner().getName() + note.author().getName() + note.text());
          }
          notes.findByVersionGreaterThan(0).forEach(n -> names.add(n.isPinned() ? "pinned" : "plain"));
          return names;
        }

        static <T extends Comparable<T>> T max(Collection<? extends T> values) {
          return Collections.max(values);
        }

        public String describe(int k) {
          var text = switch (k) {
            case 0 -> "zero";
            case 1 -> {
              yield "one";
            }
            default -> \"""
                many \\u00e9\\u4e2d
                \""";
          };
          class Local {
            String twice() {
              return text + text;
            }
          }
          return new Local().twice();
        }

        enum Mode {
          A {
            @Override
            int weight() {
              return 1;
            }
          },
          B {
            @Override
            int weight() {
              return 2;
            }
          };

          abstract int weight();
        }

        interface Named {
          String getName();

          default String upper() {
            return getName().toUpperCase(Locale.ROOT);
          }
        }

        public Supplier<Supplier<List<String>>> lazy() {
          return () -> () -> orders.findByName("x").stream()
              .flatMap(o -> Stream.of(o.getName(), String.valueOf(o.getParent().getId())))
              .collect(Collectors.toList());
        }

        public int[][] matrix(int n) {
          int[][] m = new int[n][];
          for (int i = 0; i < n; i++) {
            m[i] = IntStream.range(0, i).map(j -> j * j).toArray();
          }
          return m;
        }
      }
      """;

  private static final String BROKEN =
      """
      package PKG;

      import java.util.*;
      import lombok.Getter;
      import lombok.Setter;
      import jakarta.persistence.*;
      import org.springframework.data.jpa.repository.*;
      import org.springframework.transaction.annotation.Transactional;

      @Entity
      @Getter
      @Setter
      class LombokOrder extends Base {
        @ManyToOne(fetch = FetchType.LAZY)
        private E0 customer;
        @OneToMany(mappedBy = "order")
        private List<LombokLine> lines;
      }

      @Entity
      @Getter
      class LombokLine extends Base {
        @ManyToOne(fetch = FetchType.LAZY)
        private LombokOrder order;
        private Missing missing;
      }

      interface LombokOrderRepository extends JpaRepository<LombokOrder, Long> {
        @Query("select o from NoSuchEntity o join fetch o.lines join fetch o.other")
        List<LombokOrder> findOdd();

        List<Unknown> findByUnknown(Unknown unknown);
      }

      class Broken {
        private LombokOrderRepository orders;
        private RemoteGateway gateway;

        @Transactional
        public List<String> names() {
          List<String> names = new ArrayList<>();
          for (LombokOrder order : orders.findAll()) {
            names.add(order.getCustomer().getName());
            order.getLines().forEach(line -> names.add(line.getMissing().toString()));
            gateway.publish(order);
          }
          for (var row : orders.findOdd()) {
            names.add(row.getNope().getName());
          }
          undefined.stream().map(x -> x.getParent()).forEach(System.out::println);
          return names.stream().map(String::trim).collect(java.util.stream.Collectors.toList());
        }

        int count(List<? extends Unknown> rows) {
          int n = 0;
          for (Unknown row : rows) {
            n += row.getParent().getChildren().size();
          }
          return n;
        }
      }
      """;
}
