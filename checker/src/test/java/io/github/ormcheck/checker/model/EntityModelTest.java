package io.github.ormcheck.checker.model;

import static com.google.common.truth.Truth.assertThat;
import static io.github.ormcheck.checker.model.JavacModel.simpleName;

import com.google.testing.compile.JavaFileObjects;
import javax.lang.model.element.ElementKind;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Which classes are managed types and which members are their attributes: namespaces, access
 * type in JPA order, hierarchies with mapped superclasses (also generic ones).
 */
class EntityModelTest {

  private static final JavaFileObject CUSTOMER =
      JavaFileObjects.forSourceString(
          "shop.Customer",
          """
          package shop;

          import jakarta.persistence.*;

          @Entity
          public class Customer {
            @Id Long id;
            String name;
          }
          """);

  @Test
  void plainClassWithMappingAnnotationsIsNotManaged() {
    JavacModel javac =
        JavacModel.of(
            CUSTOMER,
            JavaFileObjects.forSourceString(
                "shop.OrderView",
                """
                package shop;

                import jakarta.persistence.*;

                public class OrderView {
                  @Id Long id;
                  @ManyToOne Customer customer;
                }
                """));

    assertThat(javac.model.managedType(javac.type("shop.OrderView"))).isEmpty();
    assertThat(javac.model.entity(javac.type("shop.Customer"))).isPresent();
  }

  @Test
  void jakartaFieldAccess() {
    JavacModel javac = JavacModel.of(CUSTOMER, order("jakarta"));

    ManagedType order = javac.managed("shop.Order");
    assertThat(order.kind()).isEqualTo(ManagedKind.ENTITY);
    assertThat(order.entityName()).isEqualTo("PurchaseOrder");
    assertThat(order.access()).isEqualTo(AccessType.FIELD);
    assertThat(order.attributes().keySet()).containsExactly("id", "number", "customer").inOrder();
    assertThat(javac.attribute("shop.Order", "id").kind()).isEqualTo(AttributeKind.ID);
    assertThat(javac.attribute("shop.Order", "number").kind()).isEqualTo(AttributeKind.BASIC);
    Attribute customer = javac.attribute("shop.Order", "customer");
    assertThat(customer.kind()).isEqualTo(AttributeKind.ASSOCIATION);
    assertThat(customer.element().getKind()).isEqualTo(ElementKind.FIELD);
    assertThat(customer.qualifiedName()).isEqualTo("Order.customer");
    assertThat(simpleName(customer.association().get().target())).isEqualTo("Customer");
  }

  @Test
  void javaxFieldAccess() {
    JavacModel javac =
        JavacModel.of(
            JavaFileObjects.forSourceString(
                "shop.Customer",
                """
                package shop;

                import javax.persistence.*;

                @Entity
                public class Customer {
                  @Id Long id;
                }
                """),
            order("javax"));

    assertThat(javac.managed("shop.Order").attributes().keySet())
        .containsExactly("id", "number", "customer")
        .inOrder();
    Association customer = javac.association("shop.Order", "customer");
    assertThat(customer.cardinality()).isEqualTo(Cardinality.MANY_TO_ONE);
    assertThat(customer.fetch()).isEqualTo(FetchType.LAZY);
    assertThat(simpleName(customer.target())).isEqualTo("Customer");
  }

  private static JavaFileObject order(String namespace) {
    return JavaFileObjects.forSourceString(
        "shop.Order",
        """
        package shop;

        import %s.persistence.*;

        @Entity(name = "PurchaseOrder")
        public class Order {
          static int instances;
          @Id Long id;
          String number;
          transient String display;
          @Transient String cached;
          @ManyToOne(fetch = FetchType.LAZY) Customer customer;

          public Customer getCustomer() { return customer; }
        }
        """
            .formatted(namespace));
  }

  @Test
  void idOnGetterMeansPropertyAccess() {
    JavacModel javac =
        JavacModel.of(
            CUSTOMER,
            JavaFileObjects.forSourceString(
                "shop.Invoice",
                """
                package shop;

                import jakarta.persistence.*;

                @Entity
                public class Invoice {
                  private Long key;
                  private Customer buyer;
                  private String cachedLabel;

                  @Id public Long getId() { return key; }
                  public void setId(Long id) { key = id; }
                  @ManyToOne(fetch = FetchType.LAZY) public Customer getCustomer() { return buyer; }
                  public void setCustomer(Customer customer) { buyer = customer; }
                  @Transient public String getLabel() { return cachedLabel; }
                  public static String getTableName() { return "invoice"; }
                }
                """));

    ManagedType invoice = javac.managed("shop.Invoice");
    assertThat(invoice.access()).isEqualTo(AccessType.PROPERTY);
    assertThat(invoice.attributes().keySet()).containsExactly("id", "customer").inOrder();
    Attribute customer = javac.attribute("shop.Invoice", "customer");
    assertThat(customer.element().getKind()).isEqualTo(ElementKind.METHOD);
    assertThat(simpleName(customer.association().get().target())).isEqualTo("Customer");
  }

  @Test
  void explicitClassAccessWinsOverIdPlacement_andMembersMayOverrideIt() {
    JavacModel javac =
        JavacModel.of(
            JavaFileObjects.forSourceString(
                "shop.Account",
                """
                package shop;

                import jakarta.persistence.*;

                @Entity
                @Access(AccessType.PROPERTY)
                public class Account {
                  @Id @Access(AccessType.FIELD) Long id;
                  private String ownerName;

                  public String getOwner() { return ownerName; }
                  public void setOwner(String owner) { ownerName = owner; }
                }
                """),
            JavaFileObjects.forSourceString(
                "shop.Vehicle",
                """
                package shop;

                import jakarta.persistence.*;

                @Entity
                @Access(AccessType.FIELD)
                public class Vehicle {
                  @Id Long id;
                  @Transient double fuelEfficiency;

                  @Access(AccessType.PROPERTY)
                  public double getDbFuelEfficiency() { return fuelEfficiency; }
                  public void setDbFuelEfficiency(double value) { fuelEfficiency = value; }
                  public String getDisplayName() { return "vehicle " + id; }
                }
                """));

    ManagedType account = javac.managed("shop.Account");
    assertThat(account.access()).isEqualTo(AccessType.PROPERTY);
    assertThat(account.attributes().keySet()).containsExactly("id", "owner");
    assertThat(javac.attribute("shop.Account", "id").element().getKind())
        .isEqualTo(ElementKind.FIELD);

    ManagedType vehicle = javac.managed("shop.Vehicle");
    assertThat(vehicle.access()).isEqualTo(AccessType.FIELD);
    assertThat(vehicle.attributes().keySet()).containsExactly("id", "dbFuelEfficiency");
  }

  @Test
  void aMappedFieldWithPropertyAccessInAFieldAccessClassStaysAnAttribute() {
    // Keycloak's entities do this to their ids, so that reading the id of a proxy loads nothing.
    JavacModel javac =
        JavacModel.of(
            JavaFileObjects.forSourceString(
                "shop.Realm",
                """
                package shop;

                import jakarta.persistence.*;

                @Entity
                public class Realm {
                  @Id @Column(name = "ID", length = 36) @Access(AccessType.PROPERTY) protected String id;
                  private String name;

                  public String getId() { return id; }
                  public void setId(String id) { this.id = id; }
                  public String getName() { return name; }
                }
                """),
            JavaFileObjects.forSourceString(
                "shop.Ticket",
                """
                package shop;

                import jakarta.persistence.*;

                @Entity
                public class Ticket {
                  @Id Long id;
                  @Access(AccessType.PROPERTY) Realm owner;

                  @Access(AccessType.PROPERTY) @ManyToOne(fetch = FetchType.LAZY)
                  public Realm getOwner() { return owner; }
                  public void setOwner(Realm owner) { this.owner = owner; }
                }
                """));

    ManagedType realm = javac.managed("shop.Realm");
    assertThat(javac.managed("shop.Ticket").attributes().keySet()).containsExactly("id", "owner");
    assertThat(javac.attribute("shop.Ticket", "owner").element().getKind()).isEqualTo(ElementKind.METHOD);
    assertThat(javac.attribute("shop.Ticket", "owner").association()).isPresent();
    assertThat(realm.access()).isEqualTo(AccessType.FIELD);
    assertThat(realm.attributes().keySet()).containsExactly("id", "name").inOrder();
    assertThat(javac.attribute("shop.Realm", "id").kind()).isEqualTo(AttributeKind.ID);
  }

  @Test
  void mappedSuperclassAttributesAreInheritedFirst_plainClassesInBetweenAreNot() {
    JavacModel javac =
        JavacModel.of(
            JavaFileObjects.forSourceString(
                "shop.BaseEntity",
                """
                package shop;

                import jakarta.persistence.*;

                @MappedSuperclass
                public abstract class BaseEntity {
                  @Id Long id;
                  @Version long version;
                }
                """),
            JavaFileObjects.forSourceString(
                "shop.Auditable",
                """
                package shop;

                public abstract class Auditable extends BaseEntity {
                  String notMapped;
                }
                """),
            JavaFileObjects.forSourceString(
                "shop.Product",
                """
                package shop;

                import jakarta.persistence.*;

                @Entity
                public class Product extends Auditable {
                  String sku;
                }
                """));

    ManagedType product = javac.managed("shop.Product");
    assertThat(product.attributes().keySet()).containsExactly("id", "version", "sku").inOrder();
    assertThat(javac.attribute("shop.Product", "id").declaringType().getSimpleName().toString())
        .isEqualTo("BaseEntity");
    assertThat(product.declaredAttributes()).hasSize(1);
    assertThat(javac.managed("shop.BaseEntity").kind()).isEqualTo(ManagedKind.MAPPED_SUPERCLASS);
    assertThat(javac.model.entity(javac.type("shop.BaseEntity"))).isEmpty();
  }

  @Test
  void idOnGetterInMappedSuperclassMakesTheHierarchyPropertyAccess() {
    JavacModel javac =
        JavacModel.of(
            JavaFileObjects.forSourceString(
                "shop.Base",
                """
                package shop;

                import jakarta.persistence.*;

                @MappedSuperclass
                public abstract class Base {
                  private Long key;
                  @Id public Long getId() { return key; }
                  public void setId(Long id) { key = id; }
                }
                """),
            JavaFileObjects.forSourceString(
                "shop.Tag",
                """
                package shop;

                import jakarta.persistence.*;

                @Entity
                public class Tag extends Base {
                  private String text;
                  public String getLabel() { return text; }
                  public void setLabel(String label) { text = label; }
                }
                """));

    assertThat(javac.managed("shop.Tag").access()).isEqualTo(AccessType.PROPERTY);
    assertThat(javac.managed("shop.Tag").attributes().keySet()).containsExactly("id", "label");
  }

  @Test
  void genericMappedSuperclassResolvesTheTargetFromTheSubclass() {
    JavacModel javac =
        JavacModel.of(
            CUSTOMER,
            JavaFileObjects.forSourceString(
                "shop.Owned",
                """
                package shop;

                import jakarta.persistence.*;

                @MappedSuperclass
                public abstract class Owned<T> {
                  @Id Long id;
                  @ManyToOne(fetch = FetchType.LAZY) T owner;
                }
                """),
            JavaFileObjects.forSourceString(
                "shop.Order",
                """
                package shop;

                import jakarta.persistence.*;

                @Entity
                public class Order extends Owned<Customer> {}
                """));

    Attribute owner = javac.attribute("shop.Order", "owner");
    assertThat(owner.type().toString()).isEqualTo("shop.Customer");
    assertThat(simpleName(owner.association().get().target())).isEqualTo("Customer");
    assertThat(javac.model.target(owner).map(ManagedType::simpleName)).hasValue("Customer");
    // Seen from the superclass itself, T has no class: no target rather than a wrong one.
    assertThat(javac.association("shop.Owned", "owner").target()).isEmpty();
  }
}
