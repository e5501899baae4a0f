/**
 * Intrathecal baclofen pumps (clinical core, plain Java; BACLOFEN.md §10): prescriptions
 * in mcg/day and mcg/mL, refill dates, residual checks, dose-change limits, the screening
 * trial and the pump alerts. Every amount is a microgram type: no method here takes
 * milligrams (ArchitectureTest / PumpUnitsTest hold it).
 */
package org.baclo.pump;
