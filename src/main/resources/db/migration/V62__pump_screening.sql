-- The intrathecal screening trial of a patient (issue 12.7; BACLOFEN.md §10): the boluses given, in order
-- (50, 75, 100 mcg), each with its response and, for an adequate one, how long the effect lasted. Keyed by the
-- patient, not the pump: the trial comes before the implant.
create table pump_screening_bolus (
    patient_id      bigint not null references patient (id),
    seq             integer not null check (seq between 0 and 2),
    dose_mcg        numeric(8, 2) not null check (dose_mcg > 0),
    response        boolean not null,
    effect_minutes  integer check (effect_minutes > 0 and effect_minutes <= 4320),
    recorded_at     timestamp with time zone not null,
    recorded_by     varchar(100) not null,
    primary key (patient_id, seq),
    check (response or effect_minutes is null)
);
