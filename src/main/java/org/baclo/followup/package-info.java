/**
 * Follow-up rules between visits (clinical core, plain Java): a regimen and a diary of
 * dose events and observations give the doses due, adherence and alerts. No Spring,
 * database, JSON or FHIR here.
 */
package org.baclo.followup;
