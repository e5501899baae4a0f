-- Issue 9: the patient's height (cm, optional): Cockcroft-Gault on the ideal or adjusted
-- body weight, and the bedside Schwartz eGFR under 18 (BACLOFEN.md section 5).
alter table patient add column height_cm numeric(4, 1);
