package shop;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;

class Reports {
  EntityManager em;

  List<String> names(List<Long> ids) {
    List<String> names = new ArrayList<>();
    for (Order o : em.createQuery("select o from Order o", Order.class).getResultList()) {
      names.add(o.getBillTo().getName());
    }
    for (Long id : ids) {
      names.add(em.find(Customer.class, id).getName());
    }
    return names;
  }
}
