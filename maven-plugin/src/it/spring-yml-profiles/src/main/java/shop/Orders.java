package shop;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;

/** A lazy to-one read per order: batched by the application's default_batch_fetch_size. */
public class Orders {
  EntityManager em;

  public List<Long> customerIds() {
    List<Long> ids = new ArrayList<>();
    for (Order order : em.createQuery("select o from Order o", Order.class).getResultList()) {
      ids.add(order.getCustomer().getName().length() + 0L);
    }
    return ids;
  }
}
