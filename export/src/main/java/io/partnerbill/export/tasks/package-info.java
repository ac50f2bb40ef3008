/**
 * Export tasks: the service that runs exports as tasks with a history and downloads, where their files go (sinks), and recovery after a crash.
 */
@NullMarked
package io.partnerbill.export.tasks;

import org.jspecify.annotations.NullMarked;
