package org.solidarity.console;

import io.quarkus.qute.TemplateData;

/** One view of the queue in the side menu: its name, how many messages it holds, its link. */
@TemplateData
public record ViewTab(String status, String label, long count, String url, boolean current) {}
