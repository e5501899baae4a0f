package org.baclo.knowledge;

/** Kidney function bands by Cockcroft–Gault creatinine clearance (BACLOFEN.md §5). */
public enum RenalBandName {

    NORMAL, MILD, MODERATE, SEVERE, DIALYSIS

}
