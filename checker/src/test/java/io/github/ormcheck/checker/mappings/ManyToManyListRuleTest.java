package io.github.ormcheck.checker.mappings;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.ormcheck.checker.testing.MappingRun.assertNoFinding;
import static io.github.ormcheck.checker.testing.MappingRun.compile;
import static io.github.ormcheck.checker.testing.MappingRun.findings;
import static io.github.ormcheck.checker.testing.MappingRun.onlyFinding;
import static io.github.ormcheck.checker.testing.MappingRun.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class ManyToManyListRuleTest {
  private static final String RULE = "ManyToManyList";

  private static final JavaFileObject TAG =
      source(
          "blog.Tag",
          """
          package blog;

          import jakarta.persistence.*;

          @Entity
          public class Tag {
            @Id Long id;
          }
          """);

  private static JavaFileObject post(String body) {
    return source(
        "blog.Post",
        """
        package blog;

        import jakarta.persistence.*;
        import java.util.*;
        import org.hibernate.annotations.CollectionId;

        @Entity
        public class Post {
          @Id Long id;
        %s
        }
        """
            .formatted(body));
  }

  @Test
  void plainClassWithTheSameFieldsIsNotChecked() {
    Compilation compilation =
        compile(
            TAG,
            source(
                "blog.PostView",
                """
                package blog;

                import jakarta.persistence.*;
                import java.util.List;

                public class PostView {
                  @ManyToMany List<Tag> tags;
                }
                """));

    assertNoFinding(compilation, RULE);
  }

  @Test
  void silentOnAnotherJpaProviderUnlessTheOptionsNameHibernate() {
    JavaFileObject eclipseLink =
        source(
            "org.eclipse.persistence.jpa.PersistenceProvider",
            "package org.eclipse.persistence.jpa; public class PersistenceProvider {}");
    JavaFileObject bag = post("  @ManyToMany List<Tag> tags;");

    assertNoFinding(compile(TAG, eclipseLink, bag), RULE);
    assertThat(onlyFinding(compile(java.util.List.of("-Aormcheck.hibernateVersion=6.6"), TAG, eclipseLink, bag), RULE))
        .contains("makes Hibernate delete every join-table row");
  }

  @Test
  void otherCollectionMappingsAreNotManyToMany() {
    Compilation compilation =
        compile(
            TAG,
            post(
                """
                  @OneToMany @JoinColumn(name = "post_id") List<Tag> ownTags;
                  @ElementCollection List<String> keywords;
                """));

    assertNoFinding(compilation, RULE);
  }

  @Test
  void setsIndexedListsMapsAndIdBagsAreNoBags() {
    Compilation compilation =
        compile(
            TAG,
            post(
                """
                  @ManyToMany @JoinTable(name = "post_tag") Set<Tag> tags;
                  @ManyToMany @JoinTable(name = "post_ranked") @OrderColumn List<Tag> ranked;
                  @ManyToMany @JoinTable(name = "post_by_name") Map<String, Tag> byName;
                  @ManyToMany @JoinTable(name = "post_history") @CollectionId List<Tag> history;
                """));

    assertNoFinding(compilation, RULE);
  }

  @Test
  void inverseSideDoesNotWriteTheJoinTable() {
    Compilation compilation =
        compile(
            source(
                "blog.Tag",
                """
                package blog;

                import jakarta.persistence.*;
                import java.util.List;

                @Entity
                public class Tag {
                  @Id Long id;
                  @ManyToMany(mappedBy = "tags") List<Post> posts;
                }
                """),
            post("  @ManyToMany Set<Tag> tags;"));

    assertNoFinding(compilation, RULE);
  }

  @Test
  void suppressedOnTheFieldOrTheClass() {
    Compilation onField =
        compile(
            TAG,
            post(
                """
                  @SuppressWarnings("ManyToManyList") @ManyToMany List<Tag> tags;
                """));
    Compilation onClass =
        compile(
            TAG,
            source(
                "blog.Post",
                """
                package blog;

                import jakarta.persistence.*;
                import java.util.List;

                @Entity
                @SuppressWarnings("ManyToManyList")
                public class Post {
                  @Id Long id;
                  @ManyToMany List<Tag> tags;
                }
                """));

    assertThat(onField).succeededWithoutWarnings();
    assertThat(onClass).succeededWithoutWarnings();
  }

  @Test
  void suppressedOnTheGetter() {
    Compilation compilation =
        compile(
            TAG,
            source(
                "blog.Post",
                """
                package blog;

                import jakarta.persistence.*;
                import java.util.List;

                @Entity
                public class Post {
                  private Long id;
                  private List<Tag> tags;

                  @Id public Long getId() { return id; }
                  public void setId(Long id) { this.id = id; }

                  @SuppressWarnings("ManyToManyList")
                  @ManyToMany public List<Tag> getTags() { return tags; }
                  public void setTags(List<Tag> tags) { this.tags = tags; }
                }
                """));

    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void listWithoutOrderColumn() {
    JavaFileObject post = post("  @ManyToMany @JoinTable(name = \"post_tag\") List<Tag> tags;");

    Compilation compilation = compile(TAG, post);

    String message = onlyFinding(compilation, RULE);
    assertThat(message).startsWith("[ManyToManyList] Post.tags is a @ManyToMany mapped as a bag");
    assertThat(message).contains("List without @OrderColumn");
    assertThat(message).contains("delete every join-table row");
    assertThat(message).contains("Set<Tag>");
    assertThat(compilation)
        .hadWarningContaining("[ManyToManyList] Post.tags")
        .inFile(post)
        .onLineContaining("@ManyToMany @JoinTable(name = \"post_tag\") List<Tag> tags;");
  }

  @Test
  void collectionIsABagToo_evenWithOrderColumn() {
    // Hibernate binds a java.util.Collection as a bag whatever @OrderColumn says.
    Compilation compilation =
        compile(
            TAG,
            post(
                """
                  @ManyToMany Collection<Tag> tags;
                  @ManyToMany @JoinTable(name = "post_featured") @OrderColumn Collection<Tag> featured;
                """));

    assertThat(findings(compilation, RULE)).hasSize(2);
    assertThat(compilation).hadWarningContaining("Post.tags is a @ManyToMany mapped as a bag (Collection");
  }

  @Test
  void javaxNamespaceAndPropertyAccess() {
    JavaFileObject post =
        source(
            "legacy.Post",
            """
            package legacy;

            import java.util.List;
            import javax.persistence.*;

            @Entity
            public class Post {
              private Long id;
              private List<Post> related;

              @Id public Long getId() { return id; }
              public void setId(Long id) { this.id = id; }

              @ManyToMany
              public List<Post> getRelated() { return related; }
              public void setRelated(List<Post> related) { this.related = related; }
            }
            """);

    Compilation compilation = compile(post);

    assertThat(onlyFinding(compilation, RULE)).contains("Post.related");
    assertThat(compilation)
        .hadWarningContaining("[ManyToManyList] Post.related")
        .inFile(post)
        .onLineContaining("@ManyToMany");
  }

  @Test
  void mappedSuperclassAttributeIsReportedOnceAtTheSuperclass() {
    JavaFileObject tagged =
        source(
            "blog.Tagged",
            """
            package blog;

            import jakarta.persistence.*;
            import java.util.List;

            @MappedSuperclass
            public abstract class Tagged {
              @Id Long id;
              @ManyToMany List<Tag> tags;
            }
            """);

    Compilation compilation =
        compile(
            TAG,
            tagged,
            source("blog.Post", "package blog; @jakarta.persistence.Entity public class Post extends Tagged {}"),
            source("blog.Page", "package blog; @jakarta.persistence.Entity public class Page extends Tagged {}"));

    assertThat(onlyFinding(compilation, RULE)).contains("Tagged.tags");
    assertThat(compilation)
        .hadWarningContaining("[ManyToManyList] Tagged.tags")
        .inFile(tagged)
        .onLineContaining("@ManyToMany List<Tag> tags;");
  }
}
