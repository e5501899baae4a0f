-- Flexed pump prescriptions (issue 12.3; BACLOFEN.md §10): a prescription is either continuous (one daily dose)
-- or flexed (periods round the day, each with its own rate in mcg/h; the daily dose stored is their sum).
alter table pump_prescription add column mode varchar(10) default 'CONTINUOUS' not null;
alter table pump_prescription add constraint pump_prescription_mode_check check (mode in ('CONTINUOUS', 'FLEXED'));

-- The periods of a flexed prescription, in order from seq 0; an end before the start runs past midnight.
create table pump_prescription_period (
    prescription_id  bigint not null references pump_prescription (id),
    seq              integer not null check (seq between 0 and 23),
    start_time       time not null,
    end_time         time not null,
    mcg_per_hour     numeric(8, 2) not null check (mcg_per_hour > 0),
    primary key (prescription_id, seq),
    check (start_time <> end_time)
);
