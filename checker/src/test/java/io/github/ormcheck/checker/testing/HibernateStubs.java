package io.github.ormcheck.checker.testing;

import com.google.common.collect.ImmutableList;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;

/**
 * Minimal sources of the Hibernate annotations the model reads, compiled alongside test inputs
 * (NullAway's approach): the checker matches them by qualified name and Hibernate itself is not
 * on the test class path. Retention and targets match Hibernate's.
 */
public final class HibernateStubs {
  public static final JavaFileObject BATCH_SIZE =
      JavaFileObjects.forSourceString(
          "org.hibernate.annotations.BatchSize",
          """
          package org.hibernate.annotations;

          import java.lang.annotation.*;

          @Target({ElementType.TYPE, ElementType.METHOD, ElementType.FIELD})
          @Retention(RetentionPolicy.RUNTIME)
          public @interface BatchSize {
            int size();
          }
          """);

  public static final JavaFileObject FETCH =
      JavaFileObjects.forSourceString(
          "org.hibernate.annotations.Fetch",
          """
          package org.hibernate.annotations;

          import java.lang.annotation.*;

          @Target({ElementType.METHOD, ElementType.FIELD})
          @Retention(RetentionPolicy.RUNTIME)
          public @interface Fetch {
            FetchMode value();
          }
          """);

  public static final JavaFileObject FETCH_MODE =
      JavaFileObjects.forSourceString(
          "org.hibernate.annotations.FetchMode",
          """
          package org.hibernate.annotations;

          public enum FetchMode { SELECT, JOIN, SUBSELECT }
          """);

  public static final JavaFileObject LAZY_COLLECTION =
      JavaFileObjects.forSourceString(
          "org.hibernate.annotations.LazyCollection",
          """
          package org.hibernate.annotations;

          import java.lang.annotation.*;

          @Target({ElementType.METHOD, ElementType.FIELD})
          @Retention(RetentionPolicy.RUNTIME)
          public @interface LazyCollection {
            LazyCollectionOption value() default LazyCollectionOption.TRUE;
          }
          """);

  public static final JavaFileObject LAZY_COLLECTION_OPTION =
      JavaFileObjects.forSourceString(
          "org.hibernate.annotations.LazyCollectionOption",
          """
          package org.hibernate.annotations;

          public enum LazyCollectionOption { TRUE, EXTRA, FALSE }
          """);

  public static final JavaFileObject COLLECTION_ID =
      JavaFileObjects.forSourceString(
          "org.hibernate.annotations.CollectionId",
          """
          package org.hibernate.annotations;

          import java.lang.annotation.*;

          @Target({ElementType.METHOD, ElementType.FIELD})
          @Retention(RetentionPolicy.RUNTIME)
          public @interface CollectionId {
            String generator() default "";
          }
          """);

  public static final ImmutableList<JavaFileObject> ALL =
      ImmutableList.of(
          BATCH_SIZE, FETCH, FETCH_MODE, LAZY_COLLECTION, LAZY_COLLECTION_OPTION, COLLECTION_ID);

  /**
   * Hibernate's second-level cache annotation and its strategy, for the loop rules' tests:
   * {@code @org.hibernate.annotations.Cache(usage = CacheConcurrencyStrategy.READ_WRITE)}.
   */
  public static com.google.errorprone.CompilationTestHelper addCache(com.google.errorprone.CompilationTestHelper helper) {
    return helper
        .addSourceLines("org/hibernate/annotations/CacheConcurrencyStrategy.java",
            "package org.hibernate.annotations;",
            "public enum CacheConcurrencyStrategy { READ_ONLY, READ_WRITE }")
        .addSourceLines("org/hibernate/annotations/Cache.java",
            "package org.hibernate.annotations;",
            "import java.lang.annotation.*;",
            "@Target({ElementType.TYPE, ElementType.METHOD, ElementType.FIELD})",
            "@Retention(RetentionPolicy.RUNTIME)",
            "public @interface Cache { CacheConcurrencyStrategy usage(); String region() default \"\"; }");
  }

  private HibernateStubs() {}
}
