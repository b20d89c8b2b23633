package io.github.ormcheck.corpus.witness;

import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.hibernate.Session;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Records every physical transaction the shop's transaction manager begins (participating calls
 * that join an existing transaction are not new transactions and are not recorded): its name
 * (Spring names a declarative transaction after the intercepted method, such as
 * {@code io.github.ormcheck.corpus.shop.service.OrderArchive.archiveOne}), how many entities its
 * persistence context manages just before the commit (or rollback), the SQL statements issued
 * while it was open, and how it ended. Single-threaded use.
 */
final class TransactionRecorder implements TransactionExecutionListener {
  /** One finished transaction. */
  record Transaction(String name, int managedEntities, List<String> statements, boolean committed) {
    /** Statements starting with {@code prefix}, such as "update customer". */
    long statementsStartingWith(String prefix) {
      String lower = prefix.toLowerCase(Locale.ROOT);
      return statements.stream().filter(sql -> sql.toLowerCase(Locale.ROOT).startsWith(lower)).count();
    }
  }

  private record Open(String name, int statementsAtBegin) {}

  private final EntityManagerFactory entityManagerFactory;
  private final StatementLog log;
  private final Deque<Open> open = new ArrayDeque<>();
  private final Deque<Integer> managedAtEnd = new ArrayDeque<>();
  private final List<String> begun = new ArrayList<>();
  private final List<Transaction> finished = new ArrayList<>();

  private TransactionRecorder(EntityManagerFactory entityManagerFactory, StatementLog log) {
    this.entityManagerFactory = entityManagerFactory;
    this.log = log;
  }

  /** Listens to the shop's JpaTransactionManager. */
  static TransactionRecorder attach(ShopDatabase db) {
    TransactionRecorder recorder = new TransactionRecorder(db.bean(EntityManagerFactory.class), db.log());
    ((JpaTransactionManager) db.bean(PlatformTransactionManager.class)).addListener(recorder);
    return recorder;
  }

  void clear() {
    begun.clear();
    finished.clear();
  }

  /** Names of the transactions begun since the last {@link #clear}, in order. */
  List<String> begun() {
    return List.copyOf(begun);
  }

  /** Transactions finished since the last {@link #clear}, in the order they ended. */
  List<Transaction> finished() {
    return List.copyOf(finished);
  }

  /** The simple names ("OrderArchive.archiveOne") of {@link #begun}. */
  List<String> begunShortNames() {
    return begun.stream().map(TransactionRecorder::shortName).toList();
  }

  static String shortName(String transactionName) {
    String[] parts = transactionName.split("\\.");
    return parts.length < 2 ? transactionName : parts[parts.length - 2] + "." + parts[parts.length - 1];
  }

  @Override
  public void afterBegin(TransactionExecution transaction, Throwable beginFailure) {
    if (beginFailure == null) {
      String name = String.valueOf(transaction.getTransactionName());
      begun.add(name);
      open.push(new Open(name, log.statements().size()));
    }
  }

  @Override
  public void beforeCommit(TransactionExecution transaction) {
    managedAtEnd.push(managedEntities());
  }

  @Override
  public void beforeRollback(TransactionExecution transaction) {
    managedAtEnd.push(managedEntities());
  }

  @Override
  public void afterCommit(TransactionExecution transaction, Throwable commitFailure) {
    end(commitFailure == null);
  }

  @Override
  public void afterRollback(TransactionExecution transaction, Throwable rollbackFailure) {
    end(false);
  }

  private void end(boolean committed) {
    Open transaction = open.pop();
    List<String> statements = log.statements();
    finished.add(
        new Transaction(
            transaction.name(),
            managedAtEnd.isEmpty() ? -1 : managedAtEnd.pop(),
            statements.subList(Math.min(transaction.statementsAtBegin(), statements.size()), statements.size()),
            committed));
  }

  /** Entities in the current transaction's persistence context (before the commit flush). */
  private int managedEntities() {
    EntityManagerHolder holder = (EntityManagerHolder) TransactionSynchronizationManager.getResource(entityManagerFactory);
    return holder == null ? -1 : holder.getEntityManager().unwrap(Session.class).getStatistics().getEntityCount();
  }
}
