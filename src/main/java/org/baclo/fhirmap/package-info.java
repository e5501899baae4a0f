/**
 * FHIR R4 mappers (HAPI structures), framework-free like {@code report}: the CLI and the
 * web build the same resources from the same values. They take core values and plain
 * values, never application records, so the command line may use them. Terminology:
 * baclofen is coded with ATC M03BX01 only (no RxNorm code is in BACLOFEN.md or the
 * knowledge files); pain NRS with LOINC 72514-3; every other scale with the Baclo code
 * system URI of scales.yaml (never an invented LOINC code); doses in mg and mcg/day with
 * UCUM units.
 */
package org.baclo.fhirmap;
