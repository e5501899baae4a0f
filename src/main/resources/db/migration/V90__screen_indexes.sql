-- Indexes for the clinician screens at clinic scale (issue 15; plans in bench/explain/).
-- The teams of a user (every clinician screen asks): care_team_member's key is (care_team, app_user), so a lookup by
-- user read every membership. (Open alerts of a team's patients use follow_up_alert_patient_idx; the other screen
-- queries already had their indexes: see the plans.)
create index care_team_member_user_idx on care_team_member (app_user);
