package org.solidarity.moderation;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.solidarity.common.ProblemException;
import org.solidarity.common.ProblemType;
import org.solidarity.common.SolidarityConfig;
import org.solidarity.message.Message;
import org.solidarity.moderation.dto.BulkDecisionRequest;
import org.solidarity.moderation.dto.BulkDecisionResult;
import org.solidarity.moderation.dto.BulkDecisionResult.ItemResult;
import org.solidarity.moderation.dto.BulkDecisionResult.Outcome;
import org.solidarity.moderation.dto.DecisionRequest;

/**
 * Applies one decision to many messages, each in its own transaction, so that one stale version or
 * lease held by someone else does not undo the items that succeeded.
 */
@ApplicationScoped
public class BulkDecisionService {

  private static final Logger LOG = Logger.getLogger(BulkDecisionService.class);

  private final ModerationService moderation;
  private final SolidarityConfig config;

  public BulkDecisionService(ModerationService moderation, SolidarityConfig config) {
    this.moderation = moderation;
    this.config = config;
  }

  public BulkDecisionResult decide(BulkDecisionRequest request, String actor, boolean admin) {
    int max = config.moderation().maxBulkItems();
    if (request.items().size() > max) {
      throw ProblemException.invalid("items", "must have at most " + max + " items");
    }
    // The reason applies to every item: a bad one refuses the whole request up front.
    ModerationService.reason(request.action(), request.reason());
    List<ItemResult> results = new ArrayList<>();
    Set<UUID> seen = new HashSet<>();
    for (BulkDecisionRequest.Item item : request.items()) {
      results.add(one(item, request, actor, admin, seen));
    }
    int ok = (int) results.stream().filter(r -> r.outcome() == Outcome.OK).count();
    int conflict = (int) results.stream().filter(r -> r.outcome() == Outcome.CONFLICT).count();
    return new BulkDecisionResult(ok, conflict, results.size() - ok - conflict, results);
  }

  private ItemResult one(
      BulkDecisionRequest.Item item,
      BulkDecisionRequest request,
      String actor,
      boolean admin,
      Set<UUID> seen) {
    String rawId = item == null ? null : item.id();
    UUID id = parse(rawId);
    if (id == null) {
      return invalid(rawId, ProblemType.VALIDATION, "id must be a message id");
    }
    if (item.version() == null || item.version() < 0) {
      return invalid(rawId, ProblemType.VALIDATION, "version must be a number from 0");
    }
    if (!seen.add(id)) {
      return invalid(rawId, ProblemType.VALIDATION, "the same message appears twice");
    }
    DecisionRequest decision =
        new DecisionRequest(
            request.action(), item.version(), request.reason(), request.note(), null);
    try {
      Message done =
          QuarkusTransaction.requiringNew()
              .call(() -> moderation.apply(id, decision, actor, admin));
      return new ItemResult(rawId, Outcome.OK, done.status, done.version, null, null);
    } catch (RuntimeException e) {
      return failed(rawId, e);
    }
  }

  private static ItemResult failed(String id, RuntimeException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ProblemException p) {
        boolean conflict = p.type().status() == 409;
        return new ItemResult(
            id,
            conflict ? Outcome.CONFLICT : Outcome.INVALID,
            null,
            null,
            p.type().uri(),
            p.getMessage());
      }
      if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
        return new ItemResult(
            id,
            Outcome.CONFLICT,
            null,
            null,
            ProblemType.STALE_VERSION.uri(),
            "Someone else changed this message first; reload it");
      }
    }
    LOG.errorf(e, "Bulk decision failed on message %s", id);
    return invalid(id, ProblemType.INTERNAL, "could not be applied; see the server log");
  }

  private static ItemResult invalid(String id, ProblemType type, String detail) {
    return new ItemResult(id, Outcome.INVALID, null, null, type.uri(), detail);
  }

  private static UUID parse(String id) {
    try {
      return id == null ? null : UUID.fromString(id.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
