/**
 * The diary document (dose events and observations as JSON): one strict reader shared by
 * the CLI ({@code baclo followup --diary}) and the batch upload API. Jackson only; no
 * Spring, no database.
 */
package org.baclo.diaryfile;
