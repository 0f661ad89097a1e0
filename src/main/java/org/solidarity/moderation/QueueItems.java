package org.solidarity.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.solidarity.common.Times;
import org.solidarity.message.Message;
import org.solidarity.moderation.dto.QueueItem;
import org.solidarity.report.ReportService;
import org.solidarity.report.dto.ReportSummary;
import org.solidarity.signal.SignalService;
import org.solidarity.signal.dto.Signals;

/** Turns messages into queue items with their signals and reports, a page at a time. */
@ApplicationScoped
public class QueueItems {

  private final SignalService signals;
  private final ReportService reports;

  public QueueItems(SignalService signals, ReportService reports) {
    this.signals = signals;
    this.reports = reports;
  }

  public QueueItem of(Message message) {
    return of(List.of(message)).get(0);
  }

  public List<QueueItem> of(List<Message> messages) {
    return of(messages, signals.of(messages));
  }

  /** With signals already computed (the hasSignals filter needs them first). */
  public List<QueueItem> of(List<Message> messages, Map<UUID, Signals> signalsById) {
    Map<UUID, ReportSummary> open =
        reports.openSummaries(messages.stream().map(m -> m.id).toList());
    Instant now = Times.now();
    return messages.stream()
        .map(
            m ->
                QueueItem.of(
                    m,
                    signalsById.getOrDefault(m.id, Signals.NONE),
                    open.getOrDefault(m.id, ReportSummary.NONE),
                    now))
        .toList();
  }
}
