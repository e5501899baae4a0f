#!/usr/bin/env bash
# Logs in the benchmark users of a generated database (seed $SEED) on a running server at $BASE and writes:
#   $OUT/sessions.tsv       16 clinicians (teams 1..16): session cookie <TAB> their team's patient ids
#   $OUT/clinician-tokens.tsv  one bearer token of clinician s<seed>-t1-c1 <TAB> a patient id of team 1, per line
#                              (one line per team-1 patient, for the plan previews)
#   $OUT/patient-tokens.tsv 32 patients s<seed>-p1..p32: their own bearer token <TAB> their patient id
# Needs psql settings (PG* env) for the patient ids.
set -euo pipefail
: "${BASE:?}" "${OUT:?}" "${PASSWORD:?}"
SEED=${SEED:-1}
CLINICIANS=${CLINICIANS:-16}
PATIENT_CLIENTS=${PATIENT_CLIENTS:-32}
psql_q() { "${PSQL:-psql}" -Atq -v ON_ERROR_STOP=1 -c "$1"; }

team_ids() {
  psql_q "select string_agg(p.id::text, ',' order by p.id) from patient p join care_team t on t.id = p.care_team_id
          where t.name = 'Generated clinic $SEED-$1'"
}

login() { # prints the session cookie (name=value) of a form login
  local jar; jar=$(mktemp)
  local csrf
  csrf=$(curl -fsS -c "$jar" -b "$jar" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//; s/"$//')
  curl -fsS -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=$1" --data-urlencode "password=$PASSWORD" \
    --data-urlencode "_csrf=$csrf" "$BASE/login"
  awk '$6 ~ /SESSION/ {print $6 "=" $7}' "$jar" | tail -n 1
  rm -f "$jar"
}

token() { # a new API token of user $1 (HTTP Basic once)
  curl -fsS -u "$1:$PASSWORD" -H 'Content-Type: application/json' -d '{"name":"bench"}' \
    "$BASE/api/v1/me/tokens" | jq -r .secret
}

: > "$OUT/sessions.tsv"
for t in $(seq 1 "$CLINICIANS"); do
  printf '%s\t%s\n' "$(login "s$SEED-t$t-c1")" "$(team_ids "$t")" >> "$OUT/sessions.tsv"
done
ct=$(token "s$SEED-t1-c1")
: > "$OUT/clinician-tokens.tsv"
for id in $(team_ids 1 | tr ',' ' '); do printf '%s\t%s\n' "$ct" "$id" >> "$OUT/clinician-tokens.tsv"; done
: > "$OUT/patient-tokens.tsv"
for n in $(seq 1 "$PATIENT_CLIENTS"); do
  id=$(psql_q "select patient_id from app_user where username = 's$SEED-p$n'")
  printf '%s\t%s\n' "$(token "s$SEED-p$n")" "$id" >> "$OUT/patient-tokens.tsv"
done
echo "prepared: $(wc -l < "$OUT/sessions.tsv") clinician sessions, $(wc -l < "$OUT/patient-tokens.tsv") patient tokens"
