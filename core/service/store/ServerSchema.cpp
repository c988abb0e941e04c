#include "core/service/store/ServerSchema.h"

#include "core/service/audit/AuditTrail.h"
#include "core/sql/Database.h"

namespace ow {

const QList<Migration> &ServerSchema::migrations()
{
    static const QList<Migration> steps{
        {1,
         "org, accounts, sessions, catalogue",
         {
             QStringLiteral("CREATE TABLE halls (id {PK}, code TEXT NOT NULL UNIQUE, level TEXT NOT NULL, "
                            "parent_id {BIGINT} REFERENCES halls(id), name_zh TEXT NOT NULL, name_en TEXT NOT NULL, "
                            "address_zh TEXT NOT NULL DEFAULT '', timezone TEXT NOT NULL DEFAULT 'Asia/Shanghai')"),
             QStringLiteral("CREATE TABLE windows (id {PK}, hall_id {BIGINT} NOT NULL REFERENCES halls(id), "
                            "number INTEGER NOT NULL, kind TEXT NOT NULL, categories TEXT NOT NULL DEFAULT '', "
                            "UNIQUE (hall_id, number))"),
             QStringLiteral("CREATE TABLE accounts (id {PK}, username TEXT NOT NULL UNIQUE, password_hash TEXT NOT NULL, "
                            "role TEXT NOT NULL, hall_id {BIGINT} NOT NULL REFERENCES halls(id), name_zh TEXT NOT NULL, "
                            "name_en TEXT NOT NULL DEFAULT '', staff_no TEXT NOT NULL DEFAULT '', "
                            "categories TEXT NOT NULL DEFAULT '', active INTEGER NOT NULL DEFAULT 1, "
                            "failed_logins INTEGER NOT NULL DEFAULT 0, locked_until {BIGINT})"),
             QStringLiteral("CREATE TABLE devices (id {PK}, code TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, "
                            "hall_id {BIGINT} NOT NULL REFERENCES halls(id), "
                            "account_id {BIGINT} NOT NULL UNIQUE REFERENCES accounts(id))"),
             QStringLiteral("CREATE TABLE sessions (id {PK}, token_hash TEXT NOT NULL UNIQUE, "
                            "account_id {BIGINT} NOT NULL REFERENCES accounts(id) ON DELETE CASCADE, "
                            "created_at {BIGINT} NOT NULL, expires_at {BIGINT} NOT NULL, revoked_at {BIGINT})"),
             QStringLiteral("CREATE INDEX sessions_account ON sessions(account_id)"),
             QStringLiteral("CREATE TABLE catalogue_meta (id INTEGER PRIMARY KEY CHECK (id = 1), version TEXT NOT NULL, "
                            "content_hash TEXT NOT NULL, loaded_at {BIGINT} NOT NULL)"),
             QStringLiteral("CREATE TABLE categories (code TEXT PRIMARY KEY, prefix TEXT NOT NULL, name_zh TEXT NOT NULL, "
                            "name_en TEXT NOT NULL, position INTEGER NOT NULL)"),
             QStringLiteral("CREATE TABLE services (code TEXT PRIMARY KEY, category TEXT NOT NULL REFERENCES categories(code), "
                            "name_zh TEXT NOT NULL, name_en TEXT NOT NULL, pinyin TEXT NOT NULL, kind TEXT NOT NULL, "
                            "time_limit_days INTEGER NOT NULL, risk TEXT NOT NULL, competent_level TEXT NOT NULL, "
                            "delegable INTEGER NOT NULL, materials_json TEXT NOT NULL, fields_json TEXT NOT NULL, "
                            "position INTEGER NOT NULL, active INTEGER NOT NULL DEFAULT 1)"),
         }},
        {2,
         "queue: tickets, matters, events, counters, window states",
         {
             QStringLiteral("ALTER TABLE windows ADD COLUMN weights TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("CREATE TABLE ticket_counters (hall_id {BIGINT} NOT NULL REFERENCES halls(id), "
                            "service_day TEXT NOT NULL, prefix TEXT NOT NULL, last_seq INTEGER NOT NULL, "
                            "PRIMARY KEY (hall_id, service_day, prefix))"),
             QStringLiteral("CREATE TABLE tickets (id {PK}, hall_id {BIGINT} NOT NULL REFERENCES halls(id), "
                            "service_day TEXT NOT NULL, prefix TEXT NOT NULL, seq INTEGER NOT NULL, number TEXT NOT NULL, "
                            "channel TEXT NOT NULL, priority_group TEXT NOT NULL DEFAULT '', "
                            "resident_id TEXT NOT NULL DEFAULT '', phone TEXT NOT NULL DEFAULT '', "
                            "issued_at {BIGINT} NOT NULL, state TEXT NOT NULL, window_number INTEGER NOT NULL DEFAULT 0, "
                            "teller_id {BIGINT}, called_at {BIGINT}, last_called_at {BIGINT}, serving_since {BIGINT}, "
                            "finished_at {BIGINT}, parked_until {BIGINT}, recalls INTEGER NOT NULL DEFAULT 0, "
                            "queue_key DOUBLE PRECISION NOT NULL, appointment_id {BIGINT}, appointment_at {BIGINT}, "
                            "target_window INTEGER NOT NULL DEFAULT 0, UNIQUE (hall_id, service_day, prefix, seq))"),
             QStringLiteral("CREATE INDEX tickets_hall_day_state ON tickets(hall_id, service_day, state)"),
             QStringLiteral("CREATE TABLE ticket_matters (ticket_id {BIGINT} NOT NULL REFERENCES tickets(id), "
                            "position INTEGER NOT NULL, service_code TEXT NOT NULL REFERENCES services(code), "
                            "category TEXT NOT NULL, outcome TEXT NOT NULL, reason TEXT NOT NULL DEFAULT '', "
                            "PRIMARY KEY (ticket_id, position))"),
             QStringLiteral("CREATE TABLE ticket_events (id {PK}, ticket_id {BIGINT} NOT NULL REFERENCES tickets(id), "
                            "hall_id {BIGINT} NOT NULL, kind TEXT NOT NULL, at {BIGINT} NOT NULL, actor_id {BIGINT}, "
                            "window_number INTEGER NOT NULL DEFAULT 0, detail TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE INDEX ticket_events_ticket ON ticket_events(ticket_id)"),
             QStringLiteral("CREATE TABLE window_states (hall_id {BIGINT} NOT NULL REFERENCES halls(id), "
                            "number INTEGER NOT NULL, state TEXT NOT NULL, teller_id {BIGINT}, "
                            "reason TEXT NOT NULL DEFAULT '', since {BIGINT} NOT NULL, "
                            "priority_streak INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (hall_id, number))"),
         }},
        {3,
         "ratings and rectifications",
         {
             QStringLiteral("CREATE TABLE ratings (id {PK}, ticket_id {BIGINT} NOT NULL REFERENCES tickets(id), "
                            "service_code TEXT NOT NULL, teller_id {BIGINT}, window_number INTEGER NOT NULL, "
                            "hall_id {BIGINT} NOT NULL REFERENCES halls(id), level TEXT NOT NULL, at {BIGINT} NOT NULL, "
                            "submitted_by {BIGINT}, UNIQUE (ticket_id, service_code))"),
             QStringLiteral("CREATE TABLE rectifications (id {PK}, rating_id {BIGINT} NOT NULL UNIQUE REFERENCES ratings(id), "
                            "hall_id {BIGINT} NOT NULL REFERENCES halls(id), due_day TEXT NOT NULL, status TEXT NOT NULL, "
                            "opened_at {BIGINT} NOT NULL, closed_at {BIGINT}, note TEXT NOT NULL DEFAULT '')"),
         }},
        {4,
         "queue: appointments, auto-assign windows",
         {
             QStringLiteral("CREATE TABLE appointments (id {PK}, code TEXT NOT NULL UNIQUE, "
                            "hall_id {BIGINT} NOT NULL REFERENCES halls(id), service_code TEXT NOT NULL REFERENCES services(code), "
                            "slot_at {BIGINT} NOT NULL, channel TEXT NOT NULL, resident_id TEXT NOT NULL DEFAULT '', "
                            "phone TEXT NOT NULL DEFAULT '', state TEXT NOT NULL, ticket_id {BIGINT} REFERENCES tickets(id), "
                            "booked_at {BIGINT} NOT NULL, booked_by {BIGINT})"),
             QStringLiteral("CREATE INDEX appointments_hall_slot ON appointments(hall_id, slot_at)"),
             QStringLiteral("ALTER TABLE window_states ADD COLUMN auto_assign INTEGER NOT NULL DEFAULT 0"),
         }},
        {5,
         "sync: applied client operations, device cursors, server instance",
         {
             QStringLiteral("CREATE TABLE sync_ops (op_id TEXT PRIMARY KEY, device TEXT NOT NULL, seq {BIGINT} NOT NULL, "
                            "account_id {BIGINT}, method TEXT NOT NULL, path TEXT NOT NULL, status INTEGER NOT NULL, "
                            "outcome TEXT NOT NULL, response TEXT NOT NULL, device_time TEXT NOT NULL DEFAULT '', "
                            "applied_at {BIGINT} NOT NULL, UNIQUE (device, seq))"),
             QStringLiteral("CREATE TABLE sync_devices (device TEXT PRIMARY KEY, cursor {BIGINT} NOT NULL, updated_at {BIGINT} NOT NULL)"),
             QStringLiteral("CREATE TABLE server_meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)"),
             // The instance id: a backup restored elsewhere keeps it; the device cursors tell what it lost.
             QStringLiteral("INSERT INTO server_meta (name, value) VALUES ('instance', lower(hex(randomblob(16))))"),
         }},
        {6,
         "offline window mode: blocks of ticket numbers leased to a window for a day",
         {
             QStringLiteral("CREATE TABLE ticket_leases (id {PK}, hall_id {BIGINT} NOT NULL REFERENCES halls(id), "
                            "service_day TEXT NOT NULL, prefix TEXT NOT NULL, window_number INTEGER NOT NULL, "
                            "first_seq INTEGER NOT NULL, last_seq INTEGER NOT NULL, account_id {BIGINT}, "
                            "granted_at {BIGINT} NOT NULL, UNIQUE (hall_id, service_day, prefix, first_seq))"),
             QStringLiteral("CREATE INDEX ticket_leases_window ON ticket_leases(hall_id, service_day, window_number)"),
         }},
        {7,
         "cases: intake facts, and an append-only timeline from which every case's state is derived",
         {
             QStringLiteral("CREATE TABLE cases (id {PK}, case_number TEXT NOT NULL UNIQUE, "
                            "service_code TEXT NOT NULL REFERENCES services(code), category TEXT NOT NULL, kind TEXT NOT NULL, "
                            "risk TEXT NOT NULL, hall_id {BIGINT} NOT NULL REFERENCES halls(id), "
                            "office_hall_id {BIGINT} NOT NULL REFERENCES halls(id), pickup_hall_id {BIGINT} REFERENCES halls(id), "
                            "window_number INTEGER NOT NULL DEFAULT 0, ticket_id {BIGINT}, channel TEXT NOT NULL, "
                            "applicant_id TEXT NOT NULL, applicant_name TEXT NOT NULL, applicant_phone TEXT NOT NULL DEFAULT '', "
                            "form TEXT NOT NULL, materials TEXT NOT NULL, time_limit_days INTEGER NOT NULL, "
                            "accepted_day TEXT NOT NULL, created_at {BIGINT} NOT NULL)"),
             QStringLiteral("CREATE TABLE case_events (id {PK}, case_id {BIGINT} NOT NULL REFERENCES cases(id), "
                            "action TEXT NOT NULL, state TEXT NOT NULL, actor_id {BIGINT}, hall_id {BIGINT}, "
                            "window_number INTEGER NOT NULL DEFAULT 0, at {BIGINT} NOT NULL, assignee_id {BIGINT}, "
                            "note TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE INDEX case_events_case ON case_events(case_id, id)"),
             QStringLiteral("CREATE INDEX case_events_assignee ON case_events(assignee_id)"),
             QStringLiteral("CREATE TABLE case_counters (hall_id {BIGINT} NOT NULL, day TEXT NOT NULL, last_seq INTEGER NOT NULL, "
                            "PRIMARY KEY (hall_id, day))"),
             // Where each case stands now, kept in step with its timeline in the same transaction
             // (a projection for worklists and assignment; the timeline stays the record).
             QStringLiteral("CREATE TABLE case_heads (case_id {BIGINT} PRIMARY KEY REFERENCES cases(id), "
                            "office_hall_id {BIGINT} NOT NULL, pickup_hall_id {BIGINT}, state TEXT NOT NULL, "
                            "assignee_id {BIGINT}, due_day TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE INDEX case_heads_office ON case_heads(office_hall_id, state)"),
             QStringLiteral("CREATE INDEX case_heads_assignee ON case_heads(assignee_id, state)"),
         }},
        {8,
         "cases: what a step records beside its note (a hand-out's delivery), messages to applicants, "
         "lookup of a person's cases",
         {
             // JSON, '' when the step has nothing more to say; written once with the event.
             QStringLiteral("ALTER TABLE case_events ADD COLUMN detail TEXT NOT NULL DEFAULT ''"),
             // Recorded with the step that causes the message; sent_at is set once the gateway took
             // it after the commit, and stays NULL when it did not.
             QStringLiteral("CREATE TABLE case_notifications (id {PK}, case_id {BIGINT} NOT NULL REFERENCES cases(id), "
                            "kind TEXT NOT NULL, phone TEXT NOT NULL, text TEXT NOT NULL, created_at {BIGINT} NOT NULL, "
                            "sent_at {BIGINT})"),
             QStringLiteral("CREATE INDEX case_notifications_case ON case_notifications(case_id, id)"),
             QStringLiteral("CREATE INDEX cases_applicant ON cases(applicant_id, id)"),
         }},
        {9,
         "cases: blocks of case numbers leased to windows, for cases accepted while offline",
         {
             QStringLiteral("CREATE TABLE case_number_leases (id {PK}, hall_id {BIGINT} NOT NULL REFERENCES halls(id), "
                            "day TEXT NOT NULL, window_number INTEGER NOT NULL, first_seq INTEGER NOT NULL, "
                            "last_seq INTEGER NOT NULL, leased_by {BIGINT}, leased_at {BIGINT} NOT NULL)"),
             QStringLiteral("CREATE INDEX case_number_leases_window ON case_number_leases(hall_id, day, window_number)"),
         }},
        {10,
         "cases: who looked a person up at a window, and when (the audit of personal data read)",
         {
             QStringLiteral("CREATE TABLE citizen_lookups (id {PK}, account_id {BIGINT} NOT NULL REFERENCES accounts(id), "
                            "id_number TEXT NOT NULL, found INTEGER NOT NULL, at {BIGINT} NOT NULL)"),
             QStringLiteral("CREATE INDEX citizen_lookups_person ON citizen_lookups(id_number, id)"),
         }},
        {11,
         "administration: hall details, retired windows, one-time passwords, the record of administrative changes",
         {
             QStringLiteral("ALTER TABLE halls ADD COLUMN latitude REAL"),
             QStringLiteral("ALTER TABLE halls ADD COLUMN longitude REAL"),
             QStringLiteral("ALTER TABLE halls ADD COLUMN hours_json TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE halls ADD COLUMN archived INTEGER NOT NULL DEFAULT 0"),
             QStringLiteral("ALTER TABLE windows ADD COLUMN label TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE windows ADD COLUMN retired INTEGER NOT NULL DEFAULT 0"),
             QStringLiteral("ALTER TABLE accounts ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0"),
             QStringLiteral("ALTER TABLE accounts ADD COLUMN matters TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("CREATE TABLE admin_changes (id {PK}, at {BIGINT} NOT NULL, actor_id {BIGINT}, "
                            "actor TEXT NOT NULL, hall_code TEXT NOT NULL DEFAULT '', entity TEXT NOT NULL, "
                            "entity_key TEXT NOT NULL, action TEXT NOT NULL, before_json TEXT NOT NULL DEFAULT '', "
                            "after_json TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE INDEX admin_changes_entity ON admin_changes(entity, entity_key, id)"),
         }},
        {12,
         "administration: working-day calendar years imported by an administrator; the lowest level of hall that may accept a matter",
         {
             // A year here replaces the built-in year of the same number (CalendarService).
             QStringLiteral("CREATE TABLE calendar_years (year INTEGER PRIMARY KEY, json TEXT NOT NULL, "
                            "imported_at {BIGINT} NOT NULL, imported_by {BIGINT} REFERENCES accounts(id))"),
             // Only the administrator's choices; a matter without a row has Delegation's default.
             QStringLiteral("CREATE TABLE delegation (service_code TEXT PRIMARY KEY REFERENCES services(code), "
                            "lowest_level TEXT NOT NULL, changed_at {BIGINT} NOT NULL, changed_by {BIGINT} REFERENCES accounts(id))"),
         }},
        {13,
         "queue rules per hall (promise, recalls, priority ratio and groups, numbering, slot capacity)",
         {
             QStringLiteral("CREATE TABLE hall_queue_rules (hall_id {BIGINT} PRIMARY KEY REFERENCES halls(id), "
                            "rules_json TEXT NOT NULL, changed_at {BIGINT})"),
         }},
        {14,
         "catalogue versions: every catalogue imported, which is active, which waits for its day; the version each ticket and case was made under",
         {
             // state: pending (imported, not in force), scheduled (in force from activate_at),
             // active (the one in force; exactly one), superseded (was in force before).
             QStringLiteral("CREATE TABLE catalogue_versions (id {PK}, version TEXT NOT NULL UNIQUE, content_hash TEXT NOT NULL, "
                            "json TEXT NOT NULL, matters INTEGER NOT NULL, categories INTEGER NOT NULL, state TEXT NOT NULL, imported_at {BIGINT} NOT NULL, "
                            "imported_by {BIGINT} REFERENCES accounts(id), activate_on TEXT, activate_at {BIGINT}, "
                            "activated_at {BIGINT})"),
             QStringLiteral("ALTER TABLE tickets ADD COLUMN catalogue_version TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE cases ADD COLUMN catalogue_version TEXT NOT NULL DEFAULT ''"),
             // What was made before versions were kept was made under the catalogue then stored.
             QStringLiteral("UPDATE tickets SET catalogue_version = COALESCE((SELECT version FROM catalogue_meta WHERE id = 1), '')"),
             QStringLiteral("UPDATE cases SET catalogue_version = COALESCE((SELECT version FROM catalogue_meta WHERE id = 1), '')"),
         }},
        {15,
         "rectifications followed up and closed: every contact with the citizen, the closing's facts, the hall's day it closed",
         {
             // Several contacts per rectification: the first call often does not reach the citizen.
             // channel: phone, sms, visit, other; answer: satisfied, not_satisfied, not_reached.
             QStringLiteral("CREATE TABLE rectification_steps (id {PK}, "
                            "rectification_id {BIGINT} NOT NULL REFERENCES rectifications(id), "
                            "contacted_at {BIGINT} NOT NULL, channel TEXT NOT NULL, answer TEXT NOT NULL, "
                            "cause TEXT NOT NULL DEFAULT '', action TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT '', "
                            "recorded_at {BIGINT} NOT NULL, recorded_by {BIGINT} REFERENCES accounts(id))"),
             QStringLiteral("CREATE INDEX rectification_steps_rectification ON rectification_steps(rectification_id, id)"),
             // Written once, when it closes (status 'closed'): closed_day is the hall's day of the
             // closing, so "closed late" is closed_day > due_day and "overdue" is status = 'open'
             // AND due_day < the hall's today — both plain comparisons for the figures.
             QStringLiteral("ALTER TABLE rectifications ADD COLUMN closed_day TEXT"),
             QStringLiteral("ALTER TABLE rectifications ADD COLUMN closed_by {BIGINT} REFERENCES accounts(id)"),
             QStringLiteral("ALTER TABLE rectifications ADD COLUMN cause TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE rectifications ADD COLUMN action TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE rectifications ADD COLUMN answer TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("CREATE INDEX rectifications_hall ON rectifications(hall_id, status, due_day)"),
         }},
        {16,
         "reports: the intake steps of cases found by day",
         {
             // The case report's cases of a range of days: their accept / verify / complete-on-
             // the-spot / refuse step (ReportReader::cases). The queue report needs no new index:
             // tickets_hall_day_state, ticket_events_ticket and the ratings' and rectifications'
             // unique keys serve it.
             QStringLiteral("CREATE INDEX case_events_action_at ON case_events(action, at)"),
         }},
        {17,
         "reports: a ticket's timeline and the intake steps of cases read from their indexes alone",
         {
             // ReportReader::tickets reads every event of a range's tickets (a city's month: about
             // 250,000): with the columns it counts in the index, each ticket's events are one run
             // of index entries in id order instead of a table lookup per event. Also serves every
             // "events of ticket N" read ticket_events_ticket served.
             QStringLiteral("CREATE INDEX ticket_events_timeline ON ticket_events(ticket_id, id, kind, at, actor_id, window_number)"),
             QStringLiteral("DROP INDEX ticket_events_ticket"),
             // ReportReader::cases finds the intake steps of a range of instants and only needs
             // their case ids: the index answers without the table.
             QStringLiteral("CREATE INDEX case_events_intake ON case_events(action, at, case_id)"),
             QStringLiteral("DROP INDEX case_events_action_at"),
         }},
        {18,
         "window state history",
         {
             // Every change of a window's state, written in the transaction of the change
             // (QueueService::setWindow; a window retired while open): the queue report's open,
             // paused and idle time (WindowTime). teller_id is whose window time the new state
             // is, actor_id who changed it; service_day the hall's day of `at`.
             QStringLiteral("CREATE TABLE window_events (id {PK}, hall_id {BIGINT} NOT NULL REFERENCES halls(id), "
                            "window_number INTEGER NOT NULL, state TEXT NOT NULL, reason TEXT NOT NULL DEFAULT '', "
                            "teller_id {BIGINT}, actor_id {BIGINT}, at {BIGINT} NOT NULL, service_day TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX window_events_hall_day ON window_events(hall_id, service_day)"),
         }},
        {19,
         "audit trail: a hash chain over every event, administrative change, lookup of a person and "
         "rectification contact; those rows can no longer be updated or deleted",
         {
             // AuditTrail writes a row per covered row, in the same transaction; ids are given by
             // the writer (the previous row's + 1), so a missing row shows as a gap. `content` is
             // the covered row's canonical form; `hash` = BLAKE2b-256 over prev_hash and the rest.
             QStringLiteral("CREATE TABLE audit_trail (id {BIGINT} PRIMARY KEY, at {BIGINT} NOT NULL, actor_id {BIGINT}, "
                            "hall_id {BIGINT}, device TEXT NOT NULL DEFAULT '', window_number INTEGER NOT NULL DEFAULT 0, "
                            "action TEXT NOT NULL, subject_table TEXT NOT NULL DEFAULT '', subject_id {BIGINT}, "
                            "content TEXT NOT NULL, reason TEXT NOT NULL DEFAULT '', prev_hash TEXT NOT NULL, "
                            "hash TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX audit_trail_at ON audit_trail(at, id)"),
             // Append-only, refused by the database itself: a bug or a stray statement cannot
             // rewrite history. Someone with the file can drop these — that is what the chain is for.
             QStringLiteral("{POSTGRESQL}CREATE FUNCTION ow_append_only() RETURNS trigger LANGUAGE plpgsql AS "
                            "$$ BEGIN RAISE EXCEPTION '% rows are append-only', TG_TABLE_NAME; END $$"),
             QStringLiteral("{SQLITE}CREATE TRIGGER audit_trail_no_update BEFORE UPDATE ON audit_trail "
                            "BEGIN SELECT RAISE(ABORT, 'audit_trail rows are append-only'); END"),
             QStringLiteral("{SQLITE}CREATE TRIGGER audit_trail_no_delete BEFORE DELETE ON audit_trail "
                            "BEGIN SELECT RAISE(ABORT, 'audit_trail rows are append-only'); END"),
             QStringLiteral("{POSTGRESQL}CREATE TRIGGER audit_trail_append_only BEFORE UPDATE OR DELETE ON audit_trail "
                            "FOR EACH ROW EXECUTE FUNCTION ow_append_only()"),
             QStringLiteral("{SQLITE}CREATE TRIGGER ticket_events_no_update BEFORE UPDATE ON ticket_events "
                            "BEGIN SELECT RAISE(ABORT, 'ticket_events rows are append-only'); END"),
             QStringLiteral("{SQLITE}CREATE TRIGGER ticket_events_no_delete BEFORE DELETE ON ticket_events "
                            "BEGIN SELECT RAISE(ABORT, 'ticket_events rows are append-only'); END"),
             QStringLiteral("{POSTGRESQL}CREATE TRIGGER ticket_events_append_only BEFORE UPDATE OR DELETE ON ticket_events "
                            "FOR EACH ROW EXECUTE FUNCTION ow_append_only()"),
             QStringLiteral("{SQLITE}CREATE TRIGGER case_events_no_update BEFORE UPDATE ON case_events "
                            "BEGIN SELECT RAISE(ABORT, 'case_events rows are append-only'); END"),
             QStringLiteral("{SQLITE}CREATE TRIGGER case_events_no_delete BEFORE DELETE ON case_events "
                            "BEGIN SELECT RAISE(ABORT, 'case_events rows are append-only'); END"),
             QStringLiteral("{POSTGRESQL}CREATE TRIGGER case_events_append_only BEFORE UPDATE OR DELETE ON case_events "
                            "FOR EACH ROW EXECUTE FUNCTION ow_append_only()"),
             QStringLiteral("{SQLITE}CREATE TRIGGER admin_changes_no_update BEFORE UPDATE ON admin_changes "
                            "BEGIN SELECT RAISE(ABORT, 'admin_changes rows are append-only'); END"),
             QStringLiteral("{SQLITE}CREATE TRIGGER admin_changes_no_delete BEFORE DELETE ON admin_changes "
                            "BEGIN SELECT RAISE(ABORT, 'admin_changes rows are append-only'); END"),
             QStringLiteral("{POSTGRESQL}CREATE TRIGGER admin_changes_append_only BEFORE UPDATE OR DELETE ON admin_changes "
                            "FOR EACH ROW EXECUTE FUNCTION ow_append_only()"),
             QStringLiteral("{SQLITE}CREATE TRIGGER citizen_lookups_no_update BEFORE UPDATE ON citizen_lookups "
                            "BEGIN SELECT RAISE(ABORT, 'citizen_lookups rows are append-only'); END"),
             QStringLiteral("{SQLITE}CREATE TRIGGER citizen_lookups_no_delete BEFORE DELETE ON citizen_lookups "
                            "BEGIN SELECT RAISE(ABORT, 'citizen_lookups rows are append-only'); END"),
             QStringLiteral("{POSTGRESQL}CREATE TRIGGER citizen_lookups_append_only BEFORE UPDATE OR DELETE ON citizen_lookups "
                            "FOR EACH ROW EXECUTE FUNCTION ow_append_only()"),
             QStringLiteral("{SQLITE}CREATE TRIGGER rectification_steps_no_update BEFORE UPDATE ON rectification_steps "
                            "BEGIN SELECT RAISE(ABORT, 'rectification_steps rows are append-only'); END"),
             QStringLiteral("{SQLITE}CREATE TRIGGER rectification_steps_no_delete BEFORE DELETE ON rectification_steps "
                            "BEGIN SELECT RAISE(ABORT, 'rectification_steps rows are append-only'); END"),
             QStringLiteral("{POSTGRESQL}CREATE TRIGGER rectification_steps_append_only BEFORE UPDATE OR DELETE ON rectification_steps "
                            "FOR EACH ROW EXECUTE FUNCTION ow_append_only()"),
         }},
        {20,
         "risk control: versioned rule sets, alerts with their evidence, their disposals (audited, append-only); "
         "staff accounts' resident ID numbers",
         {
             // Every version an administrator made (1: the shipped file, stored at the first start).
             QStringLiteral("CREATE TABLE risk_rule_sets (version INTEGER PRIMARY KEY, rules_json TEXT NOT NULL, "
                            "changed_at {BIGINT}, changed_by {BIGINT} REFERENCES accounts(id), "
                            "changed_by_name TEXT NOT NULL DEFAULT '')"),
             // An alert: `dedup_key` is the rule's name for its evidence, so the same evidence never
             // raises two alerts (the event hook and the nightly sweep both try). status and
             // owner_hall_id change only with a disposal, in its transaction.
             QStringLiteral("CREATE TABLE risk_alerts (id {PK}, rule TEXT NOT NULL, rule_version INTEGER NOT NULL, "
                            "rule_name_zh TEXT NOT NULL, rule_name_en TEXT NOT NULL, level TEXT NOT NULL, hall_id {BIGINT} NOT NULL REFERENCES halls(id), "
                            "owner_hall_id {BIGINT} NOT NULL REFERENCES halls(id), service_day TEXT NOT NULL, "
                            "subject_kind TEXT NOT NULL, subject_ref TEXT NOT NULL, subject_id {BIGINT}, "
                            "subject_name TEXT NOT NULL DEFAULT '', summary TEXT NOT NULL, evidence_json TEXT NOT NULL, "
                            "evidence_count INTEGER NOT NULL, dedup_key TEXT NOT NULL UNIQUE, raised_at {BIGINT} NOT NULL, "
                            "status TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX risk_alerts_hall_day ON risk_alerts(hall_id, service_day)"),
             QStringLiteral("CREATE INDEX risk_alerts_owner_status ON risk_alerts(owner_hall_id, status)"),
             // Each disposal, written once through AuditTrail (a covered table).
             QStringLiteral("CREATE TABLE risk_disposals (id {PK}, alert_id {BIGINT} NOT NULL REFERENCES risk_alerts(id), "
                            "action TEXT NOT NULL, reason TEXT NOT NULL DEFAULT '', actor_id {BIGINT} NOT NULL REFERENCES accounts(id), "
                            "hall_id {BIGINT} NOT NULL REFERENCES halls(id), escalated_to {BIGINT} REFERENCES halls(id), "
                            "at {BIGINT} NOT NULL)"),
             QStringLiteral("CREATE INDEX risk_disposals_alert ON risk_disposals(alert_id, id)"),
             QStringLiteral("{SQLITE}CREATE TRIGGER risk_disposals_no_update BEFORE UPDATE ON risk_disposals "
                            "BEGIN SELECT RAISE(ABORT, 'risk_disposals rows are append-only'); END"),
             QStringLiteral("{SQLITE}CREATE TRIGGER risk_disposals_no_delete BEFORE DELETE ON risk_disposals "
                            "BEGIN SELECT RAISE(ABORT, 'risk_disposals rows are append-only'); END"),
             QStringLiteral("{POSTGRESQL}CREATE TRIGGER risk_disposals_append_only BEFORE UPDATE OR DELETE ON risk_disposals "
                            "FOR EACH ROW EXECUTE FUNCTION ow_append_only()"),
             // A staff member's own resident ID number (optional), for the rule "handling one's own matter".
             QStringLiteral("ALTER TABLE accounts ADD COLUMN id_number TEXT NOT NULL DEFAULT ''"),
             // The lookups of one account by time (bulk lookups).
             QStringLiteral("CREATE INDEX citizen_lookups_account ON citizen_lookups(account_id, at)"),
         }},
        {21,
         "reads of personal data: who read a case's personal data, masked or whole, and why",
         {
             // One row per read of a case's personal data (PersonalDataReads), covered by the
             // audit trail like a lookup of a person: `access` is masked, full_by_right or
             // full_for_purpose; `purpose` what the reader gave to see it whole; window_number
             // the window the reader had open (0: none). Append-only.
             QStringLiteral("CREATE TABLE personal_data_reads (id {PK}, account_id {BIGINT} NOT NULL REFERENCES accounts(id), "
                            "subject TEXT NOT NULL, subject_key TEXT NOT NULL, access TEXT NOT NULL, "
                            "purpose TEXT NOT NULL DEFAULT '', window_number INTEGER NOT NULL DEFAULT 0, at {BIGINT} NOT NULL)"),
             QStringLiteral("CREATE INDEX personal_data_reads_subject ON personal_data_reads(subject, subject_key, id)"),
             QStringLiteral("{SQLITE}CREATE TRIGGER personal_data_reads_no_update BEFORE UPDATE ON personal_data_reads "
                            "BEGIN SELECT RAISE(ABORT, 'personal_data_reads rows are append-only'); END"),
             QStringLiteral("{SQLITE}CREATE TRIGGER personal_data_reads_no_delete BEFORE DELETE ON personal_data_reads "
                            "BEGIN SELECT RAISE(ABORT, 'personal_data_reads rows are append-only'); END"),
             QStringLiteral("{POSTGRESQL}CREATE TRIGGER personal_data_reads_append_only BEFORE UPDATE OR DELETE ON personal_data_reads "
                            "FOR EACH ROW EXECUTE FUNCTION ow_append_only()"),
         }},
        {22,
         "window state history joins the audit trail: its rows can no longer be updated or deleted",
         {
             // Tables covered by the audit trail after its chain began. Their rows from before are
             // sealed by a later seal row when the server next opens the file (AuditTrail::seal),
             // and the name is removed then; on a new file the first seal covers them already.
             QStringLiteral("CREATE TABLE audit_pending_seals (table_name TEXT PRIMARY KEY)"),
             QStringLiteral("INSERT INTO audit_pending_seals (table_name) VALUES ('window_events')"),
             QStringLiteral("{SQLITE}CREATE TRIGGER window_events_no_update BEFORE UPDATE ON window_events "
                            "BEGIN SELECT RAISE(ABORT, 'window_events rows are append-only'); END"),
             QStringLiteral("{SQLITE}CREATE TRIGGER window_events_no_delete BEFORE DELETE ON window_events "
                            "BEGIN SELECT RAISE(ABORT, 'window_events rows are append-only'); END"),
             QStringLiteral("{POSTGRESQL}CREATE TRIGGER window_events_append_only BEFORE UPDATE OR DELETE ON window_events "
                            "FOR EACH ROW EXECUTE FUNCTION ow_append_only()"),
         }},
        {23,
         "the guide desk: a matter's pre-check of materials travels with its ticket; consultations "
         "answered without a ticket (audited, append-only)",
         {
             // {"present": [...], "missing": [...]}: the material codes the guide saw and did not
             // (NULL: not pre-checked).
             QStringLiteral("ALTER TABLE ticket_matters ADD COLUMN precheck TEXT"),
             // One question answered without a ticket: at the guide desk, on the 12333 hotline or
             // online; the matter where there was one; counted by hall and service day in the
             // queue report apart from handling.
             QStringLiteral("CREATE TABLE consultations (id {PK}, hall_id {BIGINT} NOT NULL REFERENCES halls(id), "
                            "service_day TEXT NOT NULL, service_code TEXT REFERENCES services(code), channel TEXT NOT NULL, "
                            "duration_seconds INTEGER NOT NULL, account_id {BIGINT} NOT NULL REFERENCES accounts(id), "
                            "at {BIGINT} NOT NULL)"),
             QStringLiteral("CREATE INDEX consultations_hall_day ON consultations(hall_id, service_day, id)"),
             QStringLiteral("{SQLITE}CREATE TRIGGER consultations_no_update BEFORE UPDATE ON consultations "
                            "BEGIN SELECT RAISE(ABORT, 'consultations rows are append-only'); END"),
             QStringLiteral("{SQLITE}CREATE TRIGGER consultations_no_delete BEFORE DELETE ON consultations "
                            "BEGIN SELECT RAISE(ABORT, 'consultations rows are append-only'); END"),
             QStringLiteral("{POSTGRESQL}CREATE TRIGGER consultations_append_only BEFORE UPDATE OR DELETE ON consultations "
                            "FOR EACH ROW EXECUTE FUNCTION ow_append_only()"),
         }},
        {24,
         "risk alerts say what they found as a message id and its arguments, made text in the reader's language",
         {
             // The RiskMessages id of the summary and its arguments (a JSON array); the evidence's
             // note ids live in evidence_json. Rows from before keep '' and show their text as it is.
             QStringLiteral("ALTER TABLE risk_alerts ADD COLUMN summary_id TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE risk_alerts ADD COLUMN summary_args TEXT NOT NULL DEFAULT '[]'"),
         }},
        {25,
         "the 12333 hotline's work orders: the call, its routing and answer, its timeline (audited, append-only), "
         "the messages to the caller",
         {
             // One call. `phone` is the caller's whole number, kept only to send them the answer;
             // the API shows it masked. `status`, routing, the answer and the appointment change
             // with their timeline event, in its transaction; `due_day` is the hall's day by which
             // a routed work order must be answered (working days, on the holiday calendar).
             QStringLiteral("CREATE TABLE work_orders (id {PK}, number TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, "
                            "status TEXT NOT NULL, hall_id {BIGINT} NOT NULL REFERENCES halls(id), "
                            "service_code TEXT NOT NULL DEFAULT '', phone TEXT NOT NULL, text TEXT NOT NULL, "
                            "ticket_id {BIGINT} REFERENCES tickets(id), created_at {BIGINT} NOT NULL, "
                            "created_by {BIGINT} NOT NULL REFERENCES accounts(id), routed_at {BIGINT}, due_day TEXT, "
                            "answered_at {BIGINT}, answered_by {BIGINT} REFERENCES accounts(id), answer TEXT NOT NULL DEFAULT '', "
                            "answered_day TEXT, closed_at {BIGINT}, appointment_id {BIGINT} REFERENCES appointments(id))"),
             QStringLiteral("CREATE INDEX work_orders_hall_status ON work_orders(hall_id, status)"),
             QStringLiteral("CREATE INDEX work_orders_created ON work_orders(created_at)"),
             QStringLiteral("CREATE INDEX work_orders_ticket ON work_orders(ticket_id)"),
             // GD-yyyyMMdd-NNNN: one counter per day, city-wide.
             QStringLiteral("CREATE TABLE work_order_counters (day TEXT PRIMARY KEY, last_seq INTEGER NOT NULL)"),
             // The timeline: who did what when, with a note; covered by the audit trail.
             QStringLiteral("CREATE TABLE work_order_events (id {PK}, work_order_id {BIGINT} NOT NULL REFERENCES work_orders(id), "
                            "kind TEXT NOT NULL, at {BIGINT} NOT NULL, actor_id {BIGINT} REFERENCES accounts(id), "
                            "hall_id {BIGINT} NOT NULL REFERENCES halls(id), note TEXT NOT NULL DEFAULT '', "
                            "detail TEXT NOT NULL DEFAULT '')"), // always written (JSON; '{}' for none)
             QStringLiteral("CREATE INDEX work_order_events_order ON work_order_events(work_order_id, id)"),
             QStringLiteral("{SQLITE}CREATE TRIGGER work_order_events_no_update BEFORE UPDATE ON work_order_events "
                            "BEGIN SELECT RAISE(ABORT, 'work_order_events rows are append-only'); END"),
             QStringLiteral("{SQLITE}CREATE TRIGGER work_order_events_no_delete BEFORE DELETE ON work_order_events "
                            "BEGIN SELECT RAISE(ABORT, 'work_order_events rows are append-only'); END"),
             QStringLiteral("{POSTGRESQL}CREATE TRIGGER work_order_events_append_only BEFORE UPDATE OR DELETE ON work_order_events "
                            "FOR EACH ROW EXECUTE FUNCTION ow_append_only()"),
             // The text messages to the caller, written with the answer and sent after its commit.
             QStringLiteral("CREATE TABLE work_order_notifications (id {PK}, work_order_id {BIGINT} NOT NULL REFERENCES work_orders(id), "
                            "phone TEXT NOT NULL, text TEXT NOT NULL, created_at {BIGINT} NOT NULL, sent_at {BIGINT})"),
             QStringLiteral("CREATE INDEX work_order_notifications_order ON work_order_notifications(work_order_id, id)"),
         }},
        {26,
         "training halls (培训大厅): real flows on generated citizens, kept out of the city's figures, risk rules and messages",
         {
             QStringLiteral("ALTER TABLE halls ADD COLUMN training INTEGER NOT NULL DEFAULT 0"),
         }},
        {27,
         "training sessions: a scenario run at a training hall for one trainee, its generated citizens and their tickets",
         {
             QStringLiteral("CREATE TABLE training_sessions (id {PK}, hall_id {BIGINT} NOT NULL REFERENCES halls(id), "
                            "trainee_id {BIGINT} NOT NULL REFERENCES accounts(id), trainer_id {BIGINT} REFERENCES accounts(id), "
                            "title TEXT NOT NULL, scenario TEXT NOT NULL, started_at {BIGINT} NOT NULL, ended_at {BIGINT})"),
             QStringLiteral("CREATE INDEX training_sessions_hall ON training_sessions(hall_id, id)"),
             // One row per arrival: the generated citizen (JSON), when they arrive, their ticket
             // once issued, whether their scenario rating was given.
             QStringLiteral("CREATE TABLE training_arrivals (session_id {BIGINT} NOT NULL REFERENCES training_sessions(id), "
                            "idx INTEGER NOT NULL, citizen TEXT NOT NULL, due_at {BIGINT} NOT NULL, "
                            "ticket_id {BIGINT} REFERENCES tickets(id), rated INTEGER NOT NULL DEFAULT 0, "
                            "PRIMARY KEY (session_id, idx))"),
             QStringLiteral("CREATE INDEX training_arrivals_ticket ON training_arrivals(ticket_id)"),
         }},
    };
    return steps;
}

int ServerSchema::latestVersion()
{
    return Migrations::latestVersion(migrations());
}

Result<std::unique_ptr<Database>> ServerSchema::open(const DatabaseLocation &location)
{
    auto db = Database::open(location, migrations());
    if (!db)
        return db;
    // The audit trail begins where the database first meets this program: what was there is
    // sealed by the chain's first row.
    if (auto sealed = AuditTrail(*db.value()).seal(); !sealed)
        return sealed.error();
    return db;
}

} // namespace ow
