/**
 * Intrathecal pumps in the clinic (application): the pump record of a patient, refills
 * and dose changes with their checks, the refill list of the care team and the pump
 * alerts. The rules are the core's ({@code org.baclo.pump}).
 */
package org.baclo.pumpclinic;
