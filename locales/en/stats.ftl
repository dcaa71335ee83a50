# Statistics, outcome codes on close and the anonymised export (admins, coordinators, lawyers).

## /stats
stats-title = 📊 <b>Statistics</b> { $period }
stats-period-all = for all time
stats-period-since = since { $date }
stats-since-invalid = ⚠️ I did not understand the date. Write it like this: /stats 2026-11-01 or /stats 01.11.2026
stats-cases = Cases: <b>{ $total }</b> · open { $open } · reopened { $reopened }
stats-by-status = By status: { $items }
stats-by-priority = By priority: { $items }
stats-by-topic = By topic: { $items }
stats-by-region = By region: { $items }
stats-by-language = By language: { $items }
stats-by-outcome = By outcome: { $items }
stats-status-new = waiting
stats-status-claimed = with a lawyer
stats-status-closed = closed
stats-unknown = not stated
stats-times = ⏱ <b>Times</b> (median / 90% of cases within)
stats-time-claim = to claim: { $median } / { $p90 } ({ $count } cases)
stats-time-reply = to the first lawyer reply: { $median } / { $p90 } ({ $count } cases)
stats-time-close = to close: { $median } / { $p90 } ({ $count } cases)
stats-minutes = { $n } min
stats-hours = { $n } h
stats-days = { $n } d
stats-sla = ✅ <b>Answered in the promised time</b>, by priority: { $items }
stats-sla-topic = by topic: { $items }
stats-sla-lawyer = by lawyer: { $items }
stats-backlog = 📥 <b>Open cases by age</b>: under 1 day { $b0 } · 1–3 days { $b1 } · 3–7 days { $b2 } · over 7 days { $b3 }
stats-oldest = Waiting longest: { $ref }, { $age }
stats-oldest-none = Nobody is waiting for a lawyer.
stats-satisfaction = ⭐ <b>Rating</b>: { $average } of 5 ({ $count } ratings) · solved: yes { $yes }, no { $no }
stats-followup = 🔁 <b>Follow-up after advice</b> (was it resolved?): yes { $yes }, no { $no }
stats-votes = 👍 { $up } · 👎 { $down } on articles; most disliked: { $items }
stats-gaps = ❓ <b>Questions without an answer</b> (90 days): { $items }
stats-users = 👥 <b>Users by language</b>: { $items }
stats-trend = 📈 <b>Last 7 days</b> (new / closed): { $items }
stats-chart-caption = Left: new (dark blue) and closed (light blue) cases per day over the last 7 days. Right: open cases by how many days they have been open.

## /export
stats-export-caption = 🔒 Anonymised export: { $rows } cases, each combination of month, topic, region, citizenship and language shared by at least { $k } cases. { $generalised } rows generalised, { $suppressed } suppressed, { $left } left out. No names, phones, texts, Telegram ids or exact dates.
stats-export-empty = There are no cases to export yet ({ $cases } in the database is too few to keep anyone anonymous).

## Outcome codes on close (legal aid reporting)
outcome-group-referred = ➡️ Referred to…
outcome-group-declined = ✋ Declined…
case-close-referred = Case <b>{ $ref }</b>: referred to what kind of organisation?
case-close-declined = Case <b>{ $ref }</b>: why was it declined?
outcome-referred_state = Referred to a state body
outcome-referred_ngo = Referred to an NGO
outcome-referred_unhcr = Referred to UNHCR or its partner
outcome-referred_lawyer = Referred to another lawyer or the bar
outcome-referred_social = Referred to a medical or social service
outcome-referred_other = Referred elsewhere
outcome-declined_scope = Declined: out of scope
outcome-declined_conflict = Declined: conflict of interest
outcome-declined_capacity = Declined: no capacity
outcome-withdrawn = Withdrawn by the client
outcome-erased = Closed: the client's data was erased
