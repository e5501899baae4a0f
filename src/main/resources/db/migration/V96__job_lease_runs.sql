-- How many times each scheduled job has run in the whole cluster: the instance that claims the lease adds one in the
-- same statement (AlertSchedule), so operators and TwoInstancesPostgresIT can see that a period ran once, not once
-- per instance.
alter table job_lease add column runs bigint default 0 not null;
