-- Issue 14: a password an administrator reset (or generated) must be changed at the next login.
alter table app_user add column must_change_password boolean default false not null;
