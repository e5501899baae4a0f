-- Indexes for the clinician screens at clinic scale (issue 15; plans in bench/explain/).
-- The teams of a user: care_team_member's key is (care_team, app_user), so a lookup by user read every membership.
create index care_team_member_user_idx on care_team_member (app_user);
-- The open alerts of a team's patients (worklist, follow-up dashboard): closed and resolved alerts pile up over the
-- years, open ones stay few; a partial index keeps the lookup proportional to the open alerts.
create index follow_up_alert_open_idx on follow_up_alert (patient_id) where open_key is not null;
