package org.solidarity.console;

import io.quarkus.qute.TemplateData;

/**
 * Where a message page leads: back to its queue, to the previous and next message of the queue page
 * it was opened from (null at either end), and where its decision forms post.
 */
@TemplateData
public record MessageNav(String queueUrl, String prevUrl, String nextUrl, String postUrl) {}
