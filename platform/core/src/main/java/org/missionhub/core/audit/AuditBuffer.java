package org.missionhub.core.audit;

import jakarta.transaction.TransactionScoped;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The changes of the current transaction that still need an audit entry, and how deeply application
 * services are nested in it (only the outermost one writes the entries).
 */
@TransactionScoped
public class AuditBuffer implements Serializable {

  private static final long serialVersionUID = 1L;

  private final transient List<AuditChange> pending = new ArrayList<>();
  private int depth;
  private String operation;
  private int written;

  /** Returns true when this is the outermost service call of the transaction. */
  boolean enter(String operation) {
    depth++;
    if (depth == 1) {
      this.operation = operation;
      return true;
    }
    return false;
  }

  void exit() {
    depth--;
  }

  void add(AuditChange change) {
    pending.add(change);
  }

  List<AuditChange> drain() {
    List<AuditChange> changes = List.copyOf(pending);
    pending.clear();
    return changes;
  }

  String operation() {
    return operation;
  }

  /** Sequence number of the next entry in this transaction, so entries of one instant keep their order. */
  int nextSequence() {
    return written++;
  }
}
