-- Plan version numbers come from a counter row per patient, incremented in the transaction that saves the plan
-- (the row lock orders concurrent creations), never from max(version_no) + 1, which two requests can compute alike.
-- The unique constraint (patient_id, version_no) of plan_record stays as the last line of defence.
create table plan_version_counter (
    patient_id       bigint primary key references patient (id),
    last_version_no  integer not null
);

insert into plan_version_counter (patient_id, last_version_no)
    select patient_id, max(version_no) from plan_record group by patient_id;
