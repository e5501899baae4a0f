package org.baclo.regimen;

/**
 * What is known of kidney function: a serum creatinine (for Cockcroft–Gault) or a
 * measured clearance.
 */
public sealed interface RenalInput permits SerumCreatinine, MeasuredCrcl {

}
