#!/usr/bin/env bash
# Opens one SEV1 incident (with its SOP checklist) through the generic monitoring webhook and
# prints its id. The benchmark apps start with the alert token "bench-alert-token" (see lib.sh).
#
#   bench/open-incident.sh APP_URL [DATABASE]
set -euo pipefail
APP=$1
curl -fsS -X POST "$APP/api/v1/alerts/generic" \
  -H 'Authorization: Bearer bench-alert-token' -H 'Content-Type: application/json' \
  -d "{\"source\":\"bench\",\"key\":\"imap-$(date +%s%N)\",\"status\":\"firing\",\"title\":\"IMAP is not answering\",\"severity\":\"critical\",\"services\":[\"imap\"]}" \
  | python3 -c 'import json, sys; print(json.load(sys.stdin)["incidentId"])'
