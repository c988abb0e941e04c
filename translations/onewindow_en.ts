<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ow::AnnouncementQueue</name>
    <message>
        <source>Calling again: number %1, please go to window %2</source>
        <translation>Calling again: number %1, please go to window %2</translation>
    </message>
    <message>
        <source>Number %1, please go to window %2</source>
        <translation>Number %1, please go to window %2</translation>
    </message>
</context>
<context>
    <name>ow::CaseClient</name>
    <message>
        <source>Choose a matter from the catalogue.</source>
        <translation>Choose a matter from the catalogue.</translation>
    </message>
    <message>
        <source>The server refused this (%1).</source>
        <translation>The server refused this (%1).</translation>
    </message>
    <message>
        <source>Please log in again.</source>
        <translation>Please log in again.</translation>
    </message>
    <message>
        <source>Offline: this is the copy on this computer.</source>
        <translation>Offline: this is the copy on this computer.</translation>
    </message>
</context>
<context>
    <name>ow::CaseDocuments</name>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>Matter</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>To accept this matter we still need the following materials. This list is complete: bring them and the matter will be accepted on your next visit.</source>
        <translation>To accept this matter we still need the following materials. This list is complete: bring them and the matter will be accepted on your next visit.</translation>
    </message>
    <message>
        <source>Any window of any hall in the city can accept it. Window %1.</source>
        <translation>Any window of any hall in the city can accept it. Window %1.</translation>
    </message>
    <message>
        <source>One-time notice</source>
        <translation>One-time notice</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>Accepted on</translation>
    </message>
    <message>
        <source>Promised by</source>
        <translation>Promised by</translation>
    </message>
    <message>
        <source>Collect at</source>
        <translation>Collect at</translation>
    </message>
    <message>
        <source>Materials received</source>
        <translation>Materials received</translation>
    </message>
    <message>
        <source>Scan the code, or look the case up with its number and the last four characters of the ID number, to see where it stands.</source>
        <translation>Scan the code, or look the case up with its number and the last four characters of the ID number, to see where it stands.</translation>
    </message>
    <message>
        <source>Acceptance receipt</source>
        <translation>Acceptance receipt</translation>
    </message>
    <message>
        <source>Acceptance receipt %1</source>
        <translation>Acceptance receipt %1</translation>
    </message>
    <message>
        <source>Your application cannot be accepted, for this reason:</source>
        <translation>Your application cannot be accepted, for this reason:</translation>
    </message>
    <message>
        <source>If you disagree, you may apply for administrative reconsideration within 60 days or bring an administrative lawsuit within 6 months of receiving this notice.</source>
        <translation>If you disagree, you may apply for administrative reconsideration within 60 days or bring an administrative lawsuit within 6 months of receiving this notice.</translation>
    </message>
    <message>
        <source>Window %1. Ask at any window, or call 12333.</source>
        <translation>Window %1. Ask at any window, or call 12333.</translation>
    </message>
    <message>
        <source>Notice of non-acceptance</source>
        <translation>Notice of non-acceptance</translation>
    </message>
</context>
<context>
    <name>ow::CaseText</name>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Submitted online, to verify</source>
        <translation>Submitted online, to verify</translation>
    </message>
    <message>
        <source>Accepted, awaiting a reviewer</source>
        <translation>Accepted, awaiting a reviewer</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In review</translation>
    </message>
    <message>
        <source>Returned for supplement</source>
        <translation>Returned for supplement</translation>
    </message>
    <message>
        <source>First approval given</source>
        <translation>First approval given</translation>
    </message>
    <message>
        <source>With the supervisor</source>
        <translation>With the supervisor</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>Not accepted</translation>
    </message>
    <message>
        <source>Completed on the spot</source>
        <translation>Completed on the spot</translation>
    </message>
    <message>
        <source>Handed out</source>
        <translation>Handed out</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Submitted online</source>
        <translation>Submitted online</translation>
    </message>
    <message>
        <source>Originals verified, accepted</source>
        <translation>Originals verified, accepted</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <source>Supplement received</source>
        <translation>Supplement received</translation>
    </message>
    <message>
        <source>Escalated to the supervisor</source>
        <translation>Escalated to the supervisor</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Exempt (held by the bureau)</source>
        <translation>Exempt (held by the bureau)</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>Exempt</translation>
    </message>
    <message>
        <source>Receipt and review are separate: whoever accepted a case never approves or rejects it.</source>
        <translation>Receipt and review are separate: whoever accepted a case never approves or rejects it.</translation>
    </message>
    <message>
        <source>Two-person review: the second approval must come from someone else.</source>
        <translation>Two-person review: the second approval must come from someone else.</translation>
    </message>
    <message>
        <source>This step is not taken at your desk.</source>
        <translation>This step is not taken at your desk.</translation>
    </message>
    <message>
        <source>This case is assigned to another reviewer.</source>
        <translation>This case is assigned to another reviewer.</translation>
    </message>
    <message>
        <source>Not possible while the case is “%1”.</source>
        <translation>Not possible while the case is “%1”.</translation>
    </message>
</context>
<context>
    <name>ow::CaseWorkPage</name>
    <message>
        <source>Done: %1.</source>
        <translation>Done: %1.</translation>
    </message>
    <message>
        <source>Promised by %1</source>
        <translation>Promised by %1</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Accepted at</source>
        <translation>Accepted at</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>Reviewed by</translation>
    </message>
    <message>
        <source>Result collected at</source>
        <translation>Result collected at</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materials</translation>
    </message>
    <message>
        <source> · window %1</source>
        <translation> · window %1</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatic</translation>
    </message>
    <message>
        <source>Collected at this hall</source>
        <translation>Collected at this hall</translation>
    </message>
    <message>
        <source>Sent by post</source>
        <translation>Sent by post</translation>
    </message>
    <message>
        <source>How is the result delivered?</source>
        <translation>How is the result delivered?</translation>
    </message>
    <message>
        <source>Address and tracking number:</source>
        <translation>Address and tracking number:</translation>
    </message>
    <message>
        <source>The reason (the citizen is told):</source>
        <translation>The reason (the citizen is told):</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>My cases to review (%1)</source>
        <translation>My cases to review (%1)</translation>
    </message>
    <message>
        <source>Cases needing attention (%1): escalated, unassigned, due soon, overdue</source>
        <translation>Cases needing attention (%1): escalated, unassigned, due soon, overdue</translation>
    </message>
    <message>
        <source>Online applications to verify and results to hand out (%1)</source>
        <translation>Online applications to verify and results to hand out (%1)</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>Matter</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Promised by</source>
        <translation>Promised by</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>Time limit</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Timeline: every step, as it happened</source>
        <translation>Timeline: every step, as it happened</translation>
    </message>
    <message>
        <source>Choose a case from the list, or open one by its number.</source>
        <translation>Choose a case from the list, or open one by its number.</translation>
    </message>
    <message>
        <source>Originals checked: accept</source>
        <translation>Originals checked: accept</translation>
    </message>
    <message>
        <source>Supplement received</source>
        <translation>Supplement received</translation>
    </message>
    <message>
        <source>Hand out…</source>
        <translation>Hand out…</translation>
    </message>
    <message>
        <source>Return for supplement…</source>
        <translation>Return for supplement…</translation>
    </message>
    <message>
        <source>Escalate…</source>
        <translation>Escalate…</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Reject…</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>To %1 (%2)</source>
        <translation>To %1 (%2)</translation>
    </message>
    <message>
        <source>By post</source>
        <translation>By post</translation>
    </message>
    <message>
        <source>Automatic (skill, load and due date)</source>
        <translation>Automatic (skill, load and due date)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) · %n open case(s)</source>
        <translation>
            <numerusform>%1 (%2) · %n open case</numerusform>
            <numerusform>%1 (%2) · %n open cases</numerusform>
        </translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>Reassign</translation>
    </message>
    <message>
        <source>Assign case %1 to:</source>
        <translation>Assign case %1 to:</translation>
    </message>
    <message>
        <source>Reassign…</source>
        <translation>Reassign…</translation>
    </message>
    <message>
        <source>Personal data is masked: you are not working on this case.</source>
        <translation>Personal data is masked: you are not working on this case.</translation>
    </message>
    <message>
        <source>Show full data…</source>
        <translation>Show full data…</translation>
    </message>
</context>
<context>
    <name>ow::CatalogueBrowser</name>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>County / district</source>
        <translation>County / district</translation>
    </message>
    <message>
        <source>Township / street</source>
        <translation>Township / street</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>High (two-person review)</source>
        <translation>High (two-person review)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Competent level</source>
        <translation>Competent level</translation>
    </message>
    <message>
        <source>Accepted at lower levels</source>
        <translation>Accepted at lower levels</translation>
    </message>
    <message>
        <source>Yes, at any hall in the city</source>
        <translation>Yes, at any hall in the city</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <source>Required materials</source>
        <translation>Required materials</translation>
    </message>
    <message>
        <source>if applicable</source>
        <translation>if applicable</translation>
    </message>
    <message>
        <source>Form fields</source>
        <translation>Form fields</translation>
    </message>
    <message>
        <source>Choose a service to see its materials, form and time limit.</source>
        <translation>Choose a service to see its materials, form and time limit.</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
    </message>
    <message>
        <source>Search by name, code or pinyin initials (e.g. ylbx)</source>
        <translation>Search by name, code or pinyin initials (e.g. ylbx)</translation>
    </message>
    <message>
        <source>Community service station</source>
        <translation>Community service station</translation>
    </message>
    <message>
        <source>Halls that may accept it</source>
        <translation>Halls that may accept it</translation>
    </message>
    <message>
        <source>Any hall in the city</source>
        <translation>Any hall in the city</translation>
    </message>
    <message>
        <source>City-level halls only</source>
        <translation>City-level halls only</translation>
    </message>
    <message>
        <source>%1 halls and above</source>
        <translation>%1 halls and above</translation>
    </message>
</context>
<context>
    <name>ow::CatalogueModel</name>
    <message>
        <source>On the spot</source>
        <translation>On the spot</translation>
    </message>
    <message numerus="yes">
        <source>Committed, %n working day(s)</source>
        <translation>
            <numerusform>Committed, %n working day</numerusform>
            <numerusform>Committed, %n working days</numerusform>
        </translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
</context>
<context>
    <name>ow::CitizenScreen</name>
    <message>
        <source>Welcome. Window %1 is at your service.</source>
        <translation>Welcome. Window %1 is at your service.</translation>
    </message>
    <message>
        <source>Ticket %1
In progress: %2</source>
        <translation>Ticket %1
In progress: %2</translation>
    </message>
    <message>
        <source>How satisfied are you with “%1”?</source>
        <translation>How satisfied are you with “%1”?</translation>
    </message>
    <message>
        <source>OneWindow — citizen screen</source>
        <translation>OneWindow — citizen screen</translation>
    </message>
    <message>
        <source>Serving you: %1
Staff number: %2
%3</source>
        <translation>Serving you: %1
Staff number: %2
%3</translation>
    </message>
    <message>
        <source>Thank you for your rating!</source>
        <translation>Thank you for your rating!</translation>
    </message>
</context>
<context>
    <name>ow::ClientSession</name>
    <message>
        <source>The server cannot be reached, and this user has not logged in on this computer before, so there is nothing to work with offline.</source>
        <translation>The server cannot be reached, and this user has not logged in on this computer before, so there is nothing to work with offline.</translation>
    </message>
    <message>
        <source>The server cannot be reached, and the password does not match the one last used on this computer.</source>
        <translation>The server cannot be reached, and the password does not match the one last used on this computer.</translation>
    </message>
</context>
<context>
    <name>ow::DisplayBoard</name>
    <message>
        <source>OneWindow hall display</source>
        <translation>OneWindow hall display</translation>
    </message>
    <message>
        <source>OneWindow service hall</source>
        <translation>OneWindow service hall</translation>
    </message>
    <message>
        <source>Now calling</source>
        <translation>Now calling</translation>
    </message>
    <message>
        <source>Calling again</source>
        <translation>Calling again</translation>
    </message>
    <message>
        <source>Recent calls</source>
        <translation>Recent calls</translation>
    </message>
    <message>
        <source>Offline, reconnecting…</source>
        <translation>Offline, reconnecting…</translation>
    </message>
    <message>
        <source>Please keep your ticket and listen for your number</source>
        <translation>Please keep your ticket and listen for your number</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>Connecting to the server…</translation>
    </message>
    <message>
        <source>Waiting for the first call</source>
        <translation>Waiting for the first call</translation>
    </message>
    <message>
        <source>%1 → window %2</source>
        <translation>%1 → window %2</translation>
    </message>
    <message>
        <source>Window %1</source>
        <translation>Window %1</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Again</translation>
    </message>
    <message>
        <source>Please bring your ticket to window %1</source>
        <translation>Please bring your ticket to window %1</translation>
    </message>
</context>
<context>
    <name>ow::WaitingPanel</name>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message numerus="yes">
        <source>%n in total</source>
        <translation>
            <numerusform>%n in total</numerusform>
            <numerusform>%n in total</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is waiting</source>
        <translation>Nobody is waiting</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1–%2 min</source>
        <translation>about %1–%2 min</translation>
    </message>
</context>
<context>
    <name>ow::DocumentOutput</name>
    <message>
        <source>The printer %1 is not ready.</source>
        <translation>The printer %1 is not ready.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>The folder %1 cannot be created.</translation>
    </message>
    <message>
        <source>The document could not be written to %1.</source>
        <translation>The document could not be written to %1.</translation>
    </message>
</context>
<context>
    <name>ow::Errors</name>
    <message>
        <source>The request body is not valid JSON.</source>
        <translation>The request body is not valid JSON.</translation>
    </message>
    <message>
        <source>The request is not understood.</source>
        <translation>The request is not understood.</translation>
    </message>
    <message>
        <source>Please log in: the session is missing, invalid or expired.</source>
        <translation>Please log in: the session is missing, invalid or expired.</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>The user name or password is wrong.</translation>
    </message>
    <message>
        <source>Your role is not allowed to do this.</source>
        <translation>Your role is not allowed to do this.</translation>
    </message>
    <message>
        <source>Nothing was found at this address.</source>
        <translation>Nothing was found at this address.</translation>
    </message>
    <message>
        <source>This address does not accept this method.</source>
        <translation>This address does not accept this method.</translation>
    </message>
    <message>
        <source>The request conflicts with the current state.</source>
        <translation>The request conflicts with the current state.</translation>
    </message>
    <message>
        <source>The request body is too large.</source>
        <translation>The request body is too large.</translation>
    </message>
    <message>
        <source>Some fields are missing or invalid.</source>
        <translation>Some fields are missing or invalid.</translation>
    </message>
    <message>
        <source>Too many failed logins: the account is locked for a while.</source>
        <translation>Too many failed logins: the account is locked for a while.</translation>
    </message>
    <message>
        <source>The server cannot be reached.</source>
        <translation>The server cannot be reached.</translation>
    </message>
    <message>
        <source>An internal error occurred; nothing was changed.</source>
        <translation>An internal error occurred; nothing was changed.</translation>
    </message>
    <message>
        <source>%1 is still at window %2: finish it, mark it no-show or transfer it before calling the next.</source>
        <translation>%1 is still at window %2: finish it, mark it no-show or transfer it before calling the next.</translation>
    </message>
    <message>
        <source>%1 is still at window %2: finish, skip or transfer it before retiring the window.</source>
        <translation>%1 is still at window %2: finish, skip or transfer it before retiring the window.</translation>
    </message>
    <message>
        <source>%1 is the last active administrator; appoint another one first.</source>
        <translation>%1 is the last active administrator; appoint another one first.</translation>
    </message>
    <message>
        <source>Archive hall %1 below this one first.</source>
        <translation>Archive hall %1 below this one first.</translation>
    </message>
    <message>
        <source>Change your one-time password before anything else.</source>
        <translation>Change your one-time password before anything else.</translation>
    </message>
    <message>
        <source>Hall %1 already has a window %2.</source>
        <translation>Hall %1 already has a window %2.</translation>
    </message>
    <message>
        <source>Hall %1 still has open work (%2 tickets, %3 cases): finish or transfer it first.</source>
        <translation>Hall %1 still has open work (%2 tickets, %3 cases): finish or transfer it first.</translation>
    </message>
    <message>
        <source>The current password is not correct.</source>
        <translation>The current password is not correct.</translation>
    </message>
    <message>
        <source>The device code %1 is already in use.</source>
        <translation>The device code %1 is already in use.</translation>
    </message>
    <message>
        <source>The hall code %1 is already in use.</source>
        <translation>The hall code %1 is already in use.</translation>
    </message>
    <message>
        <source>The user name %1 is already taken.</source>
        <translation>The user name %1 is already taken.</translation>
    </message>
    <message>
        <source>You do not administer hall %1.</source>
        <translation>You do not administer hall %1.</translation>
    </message>
    <message>
        <source>Only a city administrator may put a hall at the top of the tree.</source>
        <translation>Only a city administrator may put a hall at the top of the tree.</translation>
    </message>
    <message>
        <source>%1 is the last active city administrator; appoint another one at the city hall first.</source>
        <translation>%1 is the last active city administrator; appoint another one at the city hall first.</translation>
    </message>
    <message>
        <source>“%2” is not delegated to county / district halls; please apply at a city-level hall.</source>
        <translation>“%2” is not delegated to county / district halls; please apply at a city-level hall.</translation>
    </message>
    <message>
        <source>“%2” is not delegated to township / street halls; please apply at a city-level hall.</source>
        <translation>“%2” is not delegated to township / street halls; please apply at a city-level hall.</translation>
    </message>
    <message>
        <source>“%2” is not delegated to township / street halls; please apply at a county / district hall or above.</source>
        <translation>“%2” is not delegated to township / street halls; please apply at a county / district hall or above.</translation>
    </message>
    <message>
        <source>“%2” is not delegated to community service stations; please apply at a city-level hall.</source>
        <translation>“%2” is not delegated to community service stations; please apply at a city-level hall.</translation>
    </message>
    <message>
        <source>“%2” is not delegated to community service stations; please apply at a county / district hall or above.</source>
        <translation>“%2” is not delegated to community service stations; please apply at a county / district hall or above.</translation>
    </message>
    <message>
        <source>“%2” is not delegated to community service stations; please apply at a township / street hall or above.</source>
        <translation>“%2” is not delegated to community service stations; please apply at a township / street hall or above.</translation>
    </message>
    <message>
        <source>Catalogue version %1 already exists with different content: give the new catalogue a version of its own.</source>
        <translation>Catalogue version %1 already exists with different content: give the new catalogue a version of its own.</translation>
    </message>
    <message>
        <source>There is no catalogue version %1.</source>
        <translation>There is no catalogue version %1.</translation>
    </message>
    <message>
        <source>The catalogue file was refused (%1 problems); the first: %2</source>
        <translation>The catalogue file was refused (%1 problems); the first: %2</translation>
    </message>
    <message>
        <source>A version is scheduled from a later day; to put it in force today, activate it now.</source>
        <translation>A version is scheduled from a later day; to put it in force today, activate it now.</translation>
    </message>
    <message>
        <source>Catalogue version %1 is already in force.</source>
        <translation>Catalogue version %1 is already in force.</translation>
    </message>
    <message>
        <source>Catalogue version %1 is already scheduled from %2: withdraw that first.</source>
        <translation>Catalogue version %1 is already scheduled from %2: withdraw that first.</translation>
    </message>
    <message>
        <source>Catalogue version %1 is not scheduled.</source>
        <translation>Catalogue version %1 is not scheduled.</translation>
    </message>
    <message>
        <source>Only a city administrator manages the catalogue&apos;s versions.</source>
        <translation>Only a city administrator manages the catalogue&apos;s versions.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Hall %1 is archived: no account or device may be added there or moved there.</source>
        <translation>Hall %1 is archived: no account or device may be added there or moved there.</translation>
    </message>
    <message>
        <source>Hall %1 is archived: it gets no new windows.</source>
        <translation>Hall %1 is archived: it gets no new windows.</translation>
    </message>
    <message>
        <source>Hall %1 in the org document</source>
        <translation>Hall %1 in the org document</translation>
    </message>
    <message>
        <source>Window %2 of hall %1 in the org document</source>
        <translation>Window %2 of hall %1 in the org document</translation>
    </message>
    <message>
        <source>Account %1 in the org document</source>
        <translation>Account %1 in the org document</translation>
    </message>
    <message>
        <source>Device %1 in the org document</source>
        <translation>Device %1 in the org document</translation>
    </message>
    <message>
        <source>It is listed more than once.</source>
        <translation>It is listed more than once.</translation>
    </message>
    <message>
        <source>Give the report&apos;s first and last day as yyyy-MM-dd.</source>
        <translation>Give the report&apos;s first and last day as yyyy-MM-dd.</translation>
    </message>
    <message>
        <source>The report&apos;s last day %1 is before its first day %2.</source>
        <translation>The report&apos;s last day %1 is before its first day %2.</translation>
    </message>
    <message>
        <source>A report covers at most %1 days; %2 to %3 is %4 days.</source>
        <translation>A report covers at most %1 days; %2 to %3 is %4 days.</translation>
    </message>
    <message>
        <source>This report cannot be grouped by “%1”; group it by one of: %2.</source>
        <translation>This report cannot be grouped by “%1”; group it by one of: %2.</translation>
    </message>
    <message>
        <source>A report is given as json or csv, not “%1”.</source>
        <translation>A report is given as json or csv, not “%1”.</translation>
    </message>
    <message>
        <source>Reports are for supervisors, and for the city&apos;s administrators.</source>
        <translation>Reports are for supervisors, and for the city&apos;s administrators.</translation>
    </message>
    <message>
        <source>The figures of hall %1 are not among those you supervise.</source>
        <translation>The figures of hall %1 are not among those you supervise.</translation>
    </message>
    <message>
        <source>At most 500 characters.</source>
        <translation>At most 500 characters.</translation>
    </message>
    <message>
        <source>Say when the citizen was contacted.</source>
        <translation>Say when the citizen was contacted.</translation>
    </message>
    <message>
        <source>The contact cannot be later than now.</source>
        <translation>The contact cannot be later than now.</translation>
    </message>
    <message>
        <source>The contact cannot be before the bad rating.</source>
        <translation>The contact cannot be before the bad rating.</translation>
    </message>
    <message>
        <source>Choose how the citizen was contacted.</source>
        <translation>Choose how the citizen was contacted.</translation>
    </message>
    <message>
        <source>Choose what the citizen answered.</source>
        <translation>Choose what the citizen answered.</translation>
    </message>
    <message>
        <source>Say what caused the bad rating.</source>
        <translation>Say what caused the bad rating.</translation>
    </message>
    <message>
        <source>Say what was done about it.</source>
        <translation>Say what was done about it.</translation>
    </message>
    <message>
        <source>This rectification is closed already.</source>
        <translation>This rectification is closed already.</translation>
    </message>
    <message>
        <source>Record at least one contact with the citizen before closing.</source>
        <translation>Record at least one contact with the citizen before closing.</translation>
    </message>
    <message>
        <source>You do not oversee hall %1.</source>
        <translation>You do not oversee hall %1.</translation>
    </message>
    <message>
        <source>Say which row&apos;s tickets to list (the parameter key).</source>
        <translation>Say which row&apos;s tickets to list (the parameter key).</translation>
    </message>
    <message>
        <source>The tickets behind “%1” cannot be listed.</source>
        <translation>The tickets behind “%1” cannot be listed.</translation>
    </message>
    <message>
        <source>The tickets are listed as json only.</source>
        <translation>The tickets are listed as json only.</translation>
    </message>
    <message>
        <source>Only the queue report can be narrowed to one window.</source>
        <translation>Only the queue report can be narrowed to one window.</translation>
    </message>
    <message>
        <source>“%1” is not a window number.</source>
        <translation>“%1” is not a window number.</translation>
    </message>
    <message>
        <source>Give the day as yyyy-MM-dd.</source>
        <translation>Give the day as yyyy-MM-dd.</translation>
    </message>
    <message>
        <source>The audit trail covers every hall: only the city hall&apos;s supervisors and administrators read it.</source>
        <translation>The audit trail covers every hall: only the city hall&apos;s supervisors and administrators read it.</translation>
    </message>
    <message>
        <source>Too many attempts from this address: please wait a while and try again.</source>
        <translation>Too many attempts from this address: please wait a while and try again.</translation>
    </message>
    <message>
        <source>Too many failed logins from this computer: logins from it are paused for a while. Please try again later.</source>
        <translation>Too many failed logins from this computer: logins from it are paused for a while. Please try again later.</translation>
    </message>
    <message>
        <source>Hall %1 has no hall above it to escalate to.</source>
        <translation>Hall %1 has no hall above it to escalate to.</translation>
    </message>
    <message>
        <source>Only a supervisor may dispose of a risk alert.</source>
        <translation>Only a supervisor may dispose of a risk alert.</translation>
    </message>
    <message>
        <source>Only the city&apos;s administrator may change the risk rules.</source>
        <translation>Only the city&apos;s administrator may change the risk rules.</translation>
    </message>
    <message>
        <source>Only the city&apos;s administrator may run the risk sweep.</source>
        <translation>Only the city&apos;s administrator may run the risk sweep.</translation>
    </message>
    <message>
        <source>This alert has already been disposed of (%1).</source>
        <translation>This alert has already been disposed of (%1).</translation>
    </message>
    <message>
        <source>This alert has been escalated to hall %1 and waits for its supervisors.</source>
        <translation>This alert has been escalated to hall %1 and waits for its supervisors.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Required.</translation>
    </message>
    <message>
        <source>A list of 1 to 50 matter codes.</source>
        <translation>A list of 1 to 50 matter codes.</translation>
    </message>
    <message>
        <source>A matter code.</source>
        <translation>A matter code.</translation>
    </message>
    <message>
        <source>This matter is listed twice.</source>
        <translation>This matter is listed twice.</translation>
    </message>
    <message>
        <source>There is no such matter in the catalogue.</source>
        <translation>There is no such matter in the catalogue.</translation>
    </message>
    <message>
        <source>This rule is given twice.</source>
        <translation>This rule is given twice.</translation>
    </message>
    <message>
        <source>This rule has no such parameter.</source>
        <translation>This rule has no such parameter.</translation>
    </message>
    <message>
        <source>This rule is missing: give every rule once.</source>
        <translation>This rule is missing: give every rule once.</translation>
    </message>
    <message>
        <source>There is no such rule.</source>
        <translation>There is no such rule.</translation>
    </message>
    <message>
        <source>Required, or of the wrong type.</source>
        <translation>Required, or of the wrong type.</translation>
    </message>
    <message>
        <source>Enter a whole number from 1 to 3650.</source>
        <translation>Enter a whole number from 1 to 3650.</translation>
    </message>
    <message>
        <source>Enter a whole number from 40 to 80.</source>
        <translation>Enter a whole number from 40 to 80.</translation>
    </message>
    <message>
        <source>Enter a whole number from 1 to 1000.</source>
        <translation>Enter a whole number from 1 to 1000.</translation>
    </message>
    <message>
        <source>Enter a number from 1 to 100.</source>
        <translation>Enter a number from 1 to 100.</translation>
    </message>
    <message>
        <source>Enter a number from 0.01 to 1.</source>
        <translation>Enter a number from 0.01 to 1.</translation>
    </message>
    <message>
        <source>Enter a whole number from 0 to 240.</source>
        <translation>Enter a whole number from 0 to 240.</translation>
    </message>
    <message>
        <source>Enter a whole number from 1 to 10000.</source>
        <translation>Enter a whole number from 1 to 10000.</translation>
    </message>
    <message>
        <source>Enter a whole number from 1 to 366.</source>
        <translation>Enter a whole number from 1 to 366.</translation>
    </message>
    <message>
        <source>Enter a whole number from 0 to 10.</source>
        <translation>Enter a whole number from 0 to 10.</translation>
    </message>
    <message>
        <source>Enter a whole number from 1 to 2000.</source>
        <translation>Enter a whole number from 1 to 2000.</translation>
    </message>
    <message>
        <source>One of open, confirmed, dismissed, escalated.</source>
        <translation>One of open, confirmed, dismissed, escalated.</translation>
    </message>
    <message>
        <source>One of low, medium, high.</source>
        <translation>One of low, medium, high.</translation>
    </message>
    <message>
        <source>The last day comes before the first.</source>
        <translation>The last day comes before the first.</translation>
    </message>
    <message>
        <source>At most 366 days at a time.</source>
        <translation>At most 366 days at a time.</translation>
    </message>
    <message>
        <source>Say why the alert is dismissed or escalated.</source>
        <translation>Say why the alert is dismissed or escalated.</translation>
    </message>
    <message>
        <source>Not a valid resident ID number.</source>
        <translation>Not a valid resident ID number.</translation>
    </message>
    <message>
        <source>Say why you need this person&apos;s data in full (%1 to %2 characters).</source>
        <translation>Say why you need this person&apos;s data in full (%1 to %2 characters).</translation>
    </message>
    <message>
        <source>The TLS file %1 does not exist.</source>
        <translation>The TLS file %1 does not exist.</translation>
    </message>
    <message>
        <source>The TLS file %1 cannot be read (%2).</source>
        <translation>The TLS file %1 cannot be read (%2).</translation>
    </message>
    <message>
        <source>The file %1 holds no PEM certificate.</source>
        <translation>The file %1 holds no PEM certificate.</translation>
    </message>
    <message>
        <source>The certificate in %1 expired on %2.</source>
        <translation>The certificate in %1 expired on %2.</translation>
    </message>
    <message>
        <source>The private key in %1 is protected by a passphrase; give the server an unencrypted key that only its own account can read.</source>
        <translation>The private key in %1 is protected by a passphrase; give the server an unencrypted key that only its own account can read.</translation>
    </message>
    <message>
        <source>The file %1 holds no PEM private key (RSA or EC).</source>
        <translation>The file %1 holds no PEM private key (RSA or EC).</translation>
    </message>
    <message>
        <source>The private key in %1 does not belong to the certificate in %2.</source>
        <translation>The private key in %1 does not belong to the certificate in %2.</translation>
    </message>
    <message>
        <source>Give the forecast&apos;s first day as yyyy-MM-dd.</source>
        <translation>Give the forecast&apos;s first day as yyyy-MM-dd.</translation>
    </message>
    <message>
        <source>A forecast covers 1 to %1 days.</source>
        <translation>A forecast covers 1 to %1 days.</translation>
    </message>
    <message>
        <source>There is no matter %1 in the catalogue.</source>
        <translation>There is no matter %1 in the catalogue.</translation>
    </message>
    <message>
        <source>The pre-check names %1, which is not among the ticket&apos;s matters.</source>
        <translation>The pre-check names %1, which is not among the ticket&apos;s matters.</translation>
    </message>
    <message>
        <source>Matter %1 is pre-checked twice.</source>
        <translation>Matter %1 is pre-checked twice.</translation>
    </message>
    <message>
        <source>Matter %1 has no material %2 on its checklist.</source>
        <translation>Matter %1 has no material %2 on its checklist.</translation>
    </message>
    <message>
        <source>A consultation lasts from 0 seconds to 4 hours; %1 seconds is not possible.</source>
        <translation>A consultation lasts from 0 seconds to 4 hours; %1 seconds is not possible.</translation>
    </message>
    <message>
        <source>There is no matter “%1” in the catalogue.</source>
        <translation>There is no matter “%1” in the catalogue.</translation>
    </message>
    <message>
        <source>“%1” is not a latitude: give degrees between -90 and 90.</source>
        <translation>“%1” is not a latitude: give degrees between -90 and 90.</translation>
    </message>
    <message>
        <source>“%1” is not a longitude: give degrees between -180 and 180.</source>
        <translation>“%1” is not a longitude: give degrees between -180 and 180.</translation>
    </message>
    <message>
        <source>“%1” is not a number of halls from 1 to 100.</source>
        <translation>“%1” is not a number of halls from 1 to 100.</translation>
    </message>
    <message>
        <source>Name the matter to find halls for (service=…).</source>
        <translation>Name the matter to find halls for (service=…).</translation>
    </message>
    <message>
        <source>At most 1000 characters.</source>
        <translation>At most 1000 characters.</translation>
    </message>
    <message>
        <source>Choose what the call is: consultation, booking, complaint, suggestion or praise.</source>
        <translation>Choose what the call is: consultation, booking, complaint, suggestion or praise.</translation>
    </message>
    <message>
        <source>Enter the caller&apos;s phone number.</source>
        <translation>Enter the caller&apos;s phone number.</translation>
    </message>
    <message>
        <source>Not a phone number: 11 digits of a mobile, or a landline with its area code.</source>
        <translation>Not a phone number: 11 digits of a mobile, or a landline with its area code.</translation>
    </message>
    <message>
        <source>Choose the hall the call is about.</source>
        <translation>Choose the hall the call is about.</translation>
    </message>
    <message>
        <source>Write down what the caller said.</source>
        <translation>Write down what the caller said.</translation>
    </message>
    <message>
        <source>Enter the ticket number for that day.</source>
        <translation>Enter the ticket number for that day.</translation>
    </message>
    <message>
        <source>Write the answer for the caller.</source>
        <translation>Write the answer for the caller.</translation>
    </message>
    <message>
        <source>No supervisor answers for this hall or any hall above it.</source>
        <translation>No supervisor answers for this hall or any hall above it.</translation>
    </message>
    <message>
        <source>There is no work order with this number.</source>
        <translation>There is no work order with this number.</translation>
    </message>
    <message>
        <source>This work order is about a hall you do not oversee.</source>
        <translation>This work order is about a hall you do not oversee.</translation>
    </message>
    <message>
        <source>There is no such hall.</source>
        <translation>There is no such hall.</translation>
    </message>
    <message>
        <source>This hall issued no ticket with this number on that day.</source>
        <translation>This hall issued no ticket with this number on that day.</translation>
    </message>
    <message>
        <source>Only complaints and suggestions are routed to a hall.</source>
        <translation>Only complaints and suggestions are routed to a hall.</translation>
    </message>
    <message>
        <source>This work order has been routed, answered or closed already.</source>
        <translation>This work order has been routed, answered or closed already.</translation>
    </message>
    <message>
        <source>This work order has been answered or closed already.</source>
        <translation>This work order has been answered or closed already.</translation>
    </message>
    <message>
        <source>A routed work order is answered by the hall&apos;s supervisor.</source>
        <translation>A routed work order is answered by the hall&apos;s supervisor.</translation>
    </message>
    <message>
        <source>This work order has not been routed to your hall.</source>
        <translation>This work order has not been routed to your hall.</translation>
    </message>
    <message>
        <source>This work order is closed already.</source>
        <translation>This work order is closed already.</translation>
    </message>
    <message>
        <source>A routed work order is closed only once the hall has answered it.</source>
        <translation>A routed work order is closed only once the hall has answered it.</translation>
    </message>
    <message>
        <source>An appointment has been booked from this work order already.</source>
        <translation>An appointment has been booked from this work order already.</translation>
    </message>
    <message>
        <source>Choose the matter to book.</source>
        <translation>Choose the matter to book.</translation>
    </message>
    <message>
        <source>Give a range of at most 366 days, the first day not after the last.</source>
        <translation>Give a range of at most 366 days, the first day not after the last.</translation>
    </message>
    <message>
        <source>Only a supervisor or an administrator may run training sessions.</source>
        <translation>Only a supervisor or an administrator may run training sessions.</translation>
    </message>
    <message>
        <source>There is no training session %1.</source>
        <translation>There is no training session %1.</translation>
    </message>
    <message>
        <source>There is no hall %1.</source>
        <translation>There is no hall %1.</translation>
    </message>
    <message>
        <source>%1 is not a training hall: scenarios run only in training halls.</source>
        <translation>%1 is not a training hall: scenarios run only in training halls.</translation>
    </message>
    <message>
        <source>Training session %1 is still running in this hall: end it first.</source>
        <translation>Training session %1 is still running in this hall: end it first.</translation>
    </message>
    <message>
        <source>Training session %1 has already ended.</source>
        <translation>Training session %1 has already ended.</translation>
    </message>
</context>
<context>
    <name>ow::FormRules</name>
    <message>
        <source>Required.</source>
        <translation>Required.</translation>
    </message>
    <message>
        <source>Text of at most %1 characters.</source>
        <translation>Text of at most %1 characters.</translation>
    </message>
    <message>
        <source>A date, as yyyy-mm-dd.</source>
        <translation>A date, as yyyy-mm-dd.</translation>
    </message>
    <message>
        <source>Pick one of the listed choices.</source>
        <translation>Pick one of the listed choices.</translation>
    </message>
    <message>
        <source>An amount of money, not negative.</source>
        <translation>An amount of money, not negative.</translation>
    </message>
    <message>
        <source>A whole number.</source>
        <translation>A whole number.</translation>
    </message>
    <message>
        <source>A mobile number (11 digits) or a landline number.</source>
        <translation>A mobile number (11 digits) or a landline number.</translation>
    </message>
    <message>
        <source>A bank account number: 12 to 30 digits.</source>
        <translation>A bank account number: 12 to 30 digits.</translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation>At most %1 characters.</translation>
    </message>
    <message>
        <source>A refusal needs a reason.</source>
        <translation>A refusal needs a reason.</translation>
    </message>
</context>
<context>
    <name>ow::HallsPage</name>
    <message>
        <source>Hall / window</source>
        <translation>Hall / window</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Serves</source>
        <translation>Serves</translation>
    </message>
    <message>
        <source>City hall</source>
        <translation>City hall</translation>
    </message>
    <message>
        <source>County / district hall</source>
        <translation>County / district hall</translation>
    </message>
    <message>
        <source>Township / street office</source>
        <translation>Township / street office</translation>
    </message>
    <message>
        <source>Window %1</source>
        <translation>Window %1</translation>
    </message>
    <message>
        <source>Comprehensive</source>
        <translation>Comprehensive</translation>
    </message>
    <message>
        <source>Dedicated</source>
        <translation>Dedicated</translation>
    </message>
    <message>
        <source>Every matter</source>
        <translation>Every matter</translation>
    </message>
    <message>
        <source>Community service station</source>
        <translation>Community service station</translation>
    </message>
</context>
<context>
    <name>ow::HomePage</name>
    <message>
        <source>Hello, %1</source>
        <translation>Hello, %1</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Staff number</source>
        <translation>Staff number</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Hall</source>
        <translation>Hall</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message numerus="yes">
        <source>version %1, %n service(s)</source>
        <translation>
            <numerusform>version %1, %n service</numerusform>
            <numerusform>version %1, %n services</numerusform>
        </translation>
    </message>
    <message>
        <source>Last synchronised</source>
        <translation>Last synchronised</translation>
    </message>
    <message>
        <source>not yet in this session</source>
        <translation>not yet in this session</translation>
    </message>
    <message>
        <source>The server cannot be reached. You are working from the data saved on this computer; the connection is retried automatically.</source>
        <translation>The server cannot be reached. You are working from the data saved on this computer; the connection is retried automatically.</translation>
    </message>
</context>
<context>
    <name>ow::IntakePage</name>
    <message>
        <source>Not accepted</source>
        <translation>Not accepted</translation>
    </message>
    <message>
        <source>The reason, as the notice will print it:</source>
        <translation>The reason, as the notice will print it:</translation>
    </message>
    <message>
        <source>Saved on this computer; it is sent as soon as the server can be reached, and the receipt is printed then.</source>
        <translation>Saved on this computer; it is sent as soon as the server can be reached, and the receipt is printed then.</translation>
    </message>
    <message>
        <source>Please correct the fields marked in red.</source>
        <translation>Please correct the fields marked in red.</translation>
    </message>
    <message>
        <source>Required materials are missing: %1. Print the one-time notice for the citizen.</source>
        <translation>Required materials are missing: %1. Print the one-time notice for the citizen.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>Not accepted; case %1 records it. The notice is printed.</source>
        <translation>Not accepted; case %1 records it. The notice is printed.</translation>
    </message>
    <message>
        <source>Completed on the spot: case %1.</source>
        <translation>Completed on the spot: case %1.</translation>
    </message>
    <message>
        <source>Accepted: case %1, promised by %2. The receipt is printed.</source>
        <translation>Accepted: case %1, promised by %2. The receipt is printed.</translation>
    </message>
    <message>
        <source>no time limit</source>
        <translation>no time limit</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>Ticket %1 at window %2: its matters are listed first.</source>
        <translation>Ticket %1 at window %2: its matters are listed first.</translation>
    </message>
    <message>
        <source>No ticket at the window: choose any matter from the catalogue.</source>
        <translation>No ticket at the window: choose any matter from the catalogue.</translation>
    </message>
    <message>
        <source>Matter: type its name, pinyin initials or code</source>
        <translation>Matter: type its name, pinyin initials or code</translation>
    </message>
    <message>
        <source>Application form</source>
        <translation>Application form</translation>
    </message>
    <message>
        <source>Materials (* required)</source>
        <translation>Materials (* required)</translation>
    </message>
    <message>
        <source>Collect the result at</source>
        <translation>Collect the result at</translation>
    </message>
    <message>
        <source>Print one-time notice</source>
        <translation>Print one-time notice</translation>
    </message>
    <message>
        <source>Do not accept…</source>
        <translation>Do not accept…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Print the receipt again</source>
        <translation>Print the receipt again</translation>
    </message>
    <message>
        <source>Complete on the spot</source>
        <translation>Complete on the spot</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>on-the-spot matter</source>
        <translation>on-the-spot matter</translation>
    </message>
    <message numerus="yes">
        <source>committed matter, %n working day(s)</source>
        <translation>
            <numerusform>committed matter, %n working day</numerusform>
            <numerusform>committed matter, %n working days</numerusform>
        </translation>
    </message>
    <message>
        <source> · high risk: two-person review</source>
        <translation> · high risk: two-person review</translation>
    </message>
    <message>
        <source>Next application</source>
        <translation>Next application</translation>
    </message>
    <message>
        <source>Offline: completed on the spot as case %1; sent when the server is back.</source>
        <translation>Offline: completed on the spot as case %1; sent when the server is back.</translation>
    </message>
    <message>
        <source>Offline: accepted as case %1, promised by %2; the receipt is printed, the case is sent when the server is back.</source>
        <translation>Offline: accepted as case %1, promised by %2; the receipt is printed, the case is sent when the server is back.</translation>
    </message>
</context>
<context>
    <name>ow::ApplicantBox</name>
    <message numerus="yes">
        <source>Known to the bureau: %n earlier case(s); name and phone filled in.</source>
        <translation>
            <numerusform>Known to the bureau: %n earlier case; name and phone filled in.</numerusform>
            <numerusform>Known to the bureau: %n earlier cases; name and phone filled in.</numerusform>
        </translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Resident ID number *</source>
        <translation>Resident ID number *</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Mobile phone</translation>
    </message>
    <message>
        <source>18 characters; the last may be X</source>
        <translation>18 characters; the last may be X</translation>
    </message>
    <message>
        <source>For the notice when the result is ready</source>
        <translation>For the notice when the result is ready</translation>
    </message>
</context>
<context>
    <name>ow::KioskScreen</name>
    <message>
        <source>OneWindow</source>
        <translation>OneWindow</translation>
    </message>
    <message>
        <source>OneWindow ticket kiosk</source>
        <translation>OneWindow ticket kiosk</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ Back</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Start over</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>Connecting to the server…</translation>
    </message>
    <message>
        <source>The kiosk is not available</source>
        <translation>The kiosk is not available</translation>
    </message>
    <message>
        <source>Please wait a moment.</source>
        <translation>Please wait a moment.</translation>
    </message>
    <message>
        <source>Please ask the staff at the information desk.</source>
        <translation>Please ask the staff at the information desk.</translation>
    </message>
    <message>
        <source>Loading the list of services…</source>
        <translation>Loading the list of services…</translation>
    </message>
    <message>
        <source>What would you like to do today?</source>
        <translation>What would you like to do today?</translation>
    </message>
    <message>
        <source>Tap a kind of business. You can take one ticket for several matters.</source>
        <translation>Tap a kind of business. You can take one ticket for several matters.</translation>
    </message>
    <message numerus="yes">
        <source>%n matter(s) chosen — continue ›</source>
        <translation>
            <numerusform>%n matter chosen — continue ›</numerusform>
            <numerusform>%n matters chosen — continue ›</numerusform>
        </translation>
    </message>
    <message>
        <source>Tap the matter you came for.</source>
        <translation>Tap the matter you came for.</translation>
    </message>
    <message>
        <source>Your matters for this visit</source>
        <translation>Your matters for this visit</translation>
    </message>
    <message>
        <source>+ Add another matter</source>
        <translation>+ Add another matter</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Next ›</translation>
    </message>
    <message>
        <source>Do you need priority service?</source>
        <translation>Do you need priority service?</translation>
    </message>
    <message>
        <source>Priority (green channel) is for elderly people, people with disabilities, servicemen and servicewomen, and pregnant women. Please show your certificate at the window.</source>
        <translation>Priority (green channel) is for elderly people, people with disabilities, servicemen and servicewomen, and pregnant women. Please show your certificate at the window.</translation>
    </message>
    <message>
        <source>Your resident ID number (optional)</source>
        <translation>Your resident ID number (optional)</translation>
    </message>
    <message>
        <source>Enter the 18 characters of your ID card, or tap “Skip”. The ticket shows only part of the number.</source>
        <translation>Enter the 18 characters of your ID card, or tap “Skip”. The ticket shows only part of the number.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Skip</translation>
    </message>
    <message>
        <source>OK ›</source>
        <translation>OK ›</translation>
    </message>
    <message>
        <source>Please check, then take your ticket</source>
        <translation>Please check, then take your ticket</translation>
    </message>
    <message>
        <source>Take ticket</source>
        <translation>Take ticket</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>Your number</translation>
    </message>
    <message>
        <source>Ticket issued</source>
        <translation>Ticket issued</translation>
    </message>
    <message>
        <source>Please take your ticket and wait for your number to be called.</source>
        <translation>Please take your ticket and wait for your number to be called.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>No ticket could be issued</source>
        <translation>No ticket could be issued</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>✓ %1 (chosen)</source>
        <translation>✓ %1 (chosen)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message numerus="yes">
        <source>%n more character(s) to enter.</source>
        <translation>
            <numerusform>%n more character to enter.</numerusform>
            <numerusform>%n more characters to enter.</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ The number is valid.</source>
        <translation>✓ The number is valid.</translation>
    </message>
    <message>
        <source>Matters</source>
        <translation>Matters</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Priority:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Resident ID number:</source>
        <translation>Resident ID number:</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>Issuing your ticket, please wait…</source>
        <translation>Issuing your ticket, please wait…</translation>
    </message>
    <message>
        <source>Nobody is waiting ahead of you.</source>
        <translation>Nobody is waiting ahead of you.</translation>
    </message>
    <message numerus="yes">
        <source>%n people waiting ahead of you</source>
        <translation>
            <numerusform>%n person waiting ahead of you</numerusform>
            <numerusform>%n people waiting ahead of you</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Back to the start in %n s.</source>
        <translation>
            <numerusform>Back to the start in %n s.</numerusform>
            <numerusform>Back to the start in %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>The kiosk has lost its connection to the server. Tickets cannot be issued until it is back.</source>
        <translation>The kiosk has lost its connection to the server. Tickets cannot be issued until it is back.</translation>
    </message>
    <message>
        <source>The ticket could not be printed (%1). Please remember your number.</source>
        <translation>The ticket could not be printed (%1). Please remember your number.</translation>
    </message>
    <message>
        <source>The kiosk cannot reach the ticket service right now. Please try again in a moment, or ask the staff at the information desk.</source>
        <translation>The kiosk cannot reach the ticket service right now. Please try again in a moment, or ask the staff at the information desk.</translation>
    </message>
    <message>
        <source>The kiosk has to sign in again. Please try again in a moment.</source>
        <translation>The kiosk has to sign in again. Please try again in a moment.</translation>
    </message>
    <message>
        <source>The server answered: %1</source>
        <translation>The server answered: %1</translation>
    </message>
    <message>
        <source>No priority needed</source>
        <translation>No priority needed</translation>
    </message>
    <message>
        <source>Checking your appointment, please wait…</source>
        <translation>Checking your appointment, please wait…</translation>
    </message>
    <message>
        <source>No appointment has this code. Please check the code in your text message.</source>
        <translation>No appointment has this code. Please check the code in your text message.</translation>
    </message>
    <message>
        <source>This appointment cannot be checked in now. Check-in opens 30 minutes before the booked time and closes 15 minutes after it, once, at the hall it was booked for.</source>
        <translation>This appointment cannot be checked in now. Check-in opens 30 minutes before the booked time and closes 15 minutes after it, once, at the hall it was booked for.</translation>
    </message>
    <message>
        <source>I have an appointment</source>
        <translation>I have an appointment</translation>
    </message>
    <message>
        <source>Check in your appointment</source>
        <translation>Check in your appointment</translation>
    </message>
    <message>
        <source>Enter the 8-digit code from your booking text message.</source>
        <translation>Enter the 8-digit code from your booking text message.</translation>
    </message>
    <message>
        <source>Check in ›</source>
        <translation>Check in ›</translation>
    </message>
    <message>
        <source>Estimated wait: %1–%2 min (an estimate only)</source>
        <translation>Estimated wait: %1–%2 min (an estimate only)</translation>
    </message>
    <message>
        <source>ID number, last four:</source>
        <translation>ID number, last four:</translation>
    </message>
    <message>
        <source>Looking it up, please wait…</source>
        <translation>Looking it up, please wait…</translation>
    </message>
    <message>
        <source>No case matches this number and ID. Please check both on your receipt.</source>
        <translation>No case matches this number and ID. Please check both on your receipt.</translation>
    </message>
    <message>
        <source>Promised by %1</source>
        <translation>Promised by %1</translation>
    </message>
    <message>
        <source>Still needed: %1</source>
        <translation>Still needed: %1</translation>
    </message>
    <message>
        <source>Where is my case?</source>
        <translation>Where is my case?</translation>
    </message>
    <message>
        <source>Type the 12 digits of the case number on your receipt, then the last four characters of your ID number.</source>
        <translation>Type the 12 digits of the case number on your receipt, then the last four characters of your ID number.</translation>
    </message>
    <message>
        <source>Look up ›</source>
        <translation>Look up ›</translation>
    </message>
    <message>
        <source>Priority (green channel) is for the groups below. Please show your certificate at the window.</source>
        <translation>Priority (green channel) is for the groups below. Please show your certificate at the window.</translation>
    </message>
    <message>
        <source>This hall does not handle this matter. Nearest hall that does: %1, %2 away (%3).</source>
        <translation>This hall does not handle this matter. Nearest hall that does: %1, %2 away (%3).</translation>
    </message>
</context>
<context>
    <name>ow::LoginDialog</name>
    <message>
        <source>Enter the server address, for example http://127.0.0.1:8460.</source>
        <translation>Enter the server address, for example http://127.0.0.1:8460.</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Enter your user name and password.</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Logging in…</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>OneWindow — log in</source>
        <translation>OneWindow — log in</translation>
    </message>
    <message>
        <source>OneWindow HR &amp; Social Security Service</source>
        <translation>OneWindow HR &amp; Social Security Service</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>ow::MainWindow</name>
    <message>
        <source>About OneWindow</source>
        <translation>About OneWindow</translation>
    </message>
    <message>
        <source>&lt;h3&gt;OneWindow %1&lt;/h3&gt;&lt;p&gt;Comprehensive-teller service system for human resources and social security service halls.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;OneWindow %1&lt;/h3&gt;&lt;p&gt;Comprehensive-teller service system for human resources and social security service halls.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline — working from local data</source>
        <translation>Offline — working from local data</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>%1 (%2) · %3 · %4</source>
        <translation>%1 (%2) · %3 · %4</translation>
    </message>
    <message>
        <source>Synchronised %1</source>
        <translation>Synchronised %1</translation>
    </message>
    <message>
        <source>Not synchronised yet</source>
        <translation>Not synchronised yet</translation>
    </message>
    <message>
        <source>OneWindow — HR &amp; Social Security Service</source>
        <translation>OneWindow — HR &amp; Social Security Service</translation>
    </message>
    <message>
        <source>My account</source>
        <translation>My account</translation>
    </message>
    <message>
        <source>Service catalogue</source>
        <translation>Service catalogue</translation>
    </message>
    <message>
        <source>Halls and windows</source>
        <translation>Halls and windows</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <source>&amp;Refresh data</source>
        <translation>&amp;Refresh data</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>Log &amp;out</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About OneWindow</source>
        <translation>&amp;About OneWindow</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>Live queue</source>
        <translation>Live queue</translation>
    </message>
    <message>
        <source>All changes sent</source>
        <translation>All changes sent</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n change(s)…</source>
        <translation>
            <numerusform>Sending %n change(s)…</numerusform>
            <numerusform>Sending %n change(s)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting for the server</source>
        <translation>
            <numerusform>%n change(s) waiting for the server</numerusform>
            <numerusform>%n change(s) waiting for the server</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not accepted — review</source>
        <translation>
            <numerusform>%n change(s) not accepted — review</numerusform>
            <numerusform>%n change(s) not accepted — review</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline — changes are kept on this computer</source>
        <translation>Offline — changes are kept on this computer</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Change &amp;password…</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Your password was changed.</translation>
    </message>
    <message>
        <source>Rectifications</source>
        <translation>Rectifications</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Performance</translation>
    </message>
    <message>
        <source>My figures</source>
        <translation>My figures</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Guide desk</source>
        <translation>Guide desk</translation>
    </message>
    <message>
        <source>15-minute circle</source>
        <translation>15-minute circle</translation>
    </message>
    <message>
        <source>15-minute promise (%1)</source>
        <translation>15-minute promise (%1)</translation>
    </message>
    <message>
        <source>15-minute promise</source>
        <translation>15-minute promise</translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation>Work orders</translation>
    </message>
    <message>
        <source>OneWindow — TRAINING HALL</source>
        <translation>OneWindow — TRAINING HALL</translation>
    </message>
    <message>
        <source>TRAINING — this is a training hall: the citizens are made up, and nothing done here counts in the city&apos;s figures, risk alerts or messages.</source>
        <translation>TRAINING — this is a training hall: the citizens are made up, and nothing done here counts in the city&apos;s figures, risk alerts or messages.</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
</context>
<context>
    <name>ow::OfflineCounter</name>
    <message>
        <source>Please log in again.</source>
        <translation>Please log in again.</translation>
    </message>
    <message>
        <source>Finish the ticket at the window first.</source>
        <translation>Finish the ticket at the window first.</translation>
    </message>
    <message>
        <source>Choose a matter from the catalogue.</source>
        <translation>Choose a matter from the catalogue.</translation>
    </message>
    <message>
        <source>This window holds no free number for %1 today; it gets more when the server is back.</source>
        <translation>This window holds no free number for %1 today; it gets more when the server is back.</translation>
    </message>
    <message>
        <source>There is no ticket at this window.</source>
        <translation>There is no ticket at this window.</translation>
    </message>
    <message>
        <source>This window holds no free case number today; cases can be accepted again when the server is back.</source>
        <translation>This window holds no free case number today; cases can be accepted again when the server is back.</translation>
    </message>
</context>
<context>
    <name>ow::OutboxProblemsDialog</name>
    <message>
        <source>Changes the server did not accept</source>
        <translation>Changes the server did not accept</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Send again</translation>
    </message>
    <message>
        <source>Drop this change</source>
        <translation>Drop this change</translation>
    </message>
    <message>
        <source>Each change here was refused by the server or met a newer state. Send it again once the cause is fixed, or drop it.</source>
        <translation>Each change here was refused by the server or met a newer state. Send it again once the cause is fixed, or drop it.</translation>
    </message>
    <message>
        <source>Conflict (%1)</source>
        <translation>Conflict (%1)</translation>
    </message>
    <message>
        <source>Refused (%1)</source>
        <translation>Refused (%1)</translation>
    </message>
</context>
<context>
    <name>ow::PriorityGroups</name>
    <message>
        <source>Elderly person</source>
        <translation>Elderly person</translation>
    </message>
    <message>
        <source>Person with a disability</source>
        <translation>Person with a disability</translation>
    </message>
    <message>
        <source>Serviceman or servicewoman</source>
        <translation>Serviceman or servicewoman</translation>
    </message>
    <message>
        <source>Pregnant woman</source>
        <translation>Pregnant woman</translation>
    </message>
</context>
<context>
    <name>ow::Rating</name>
    <message>
        <source>Very satisfied</source>
        <translation>Very satisfied</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>Basically satisfied</source>
        <translation>Basically satisfied</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <source>Very dissatisfied</source>
        <translation>Very dissatisfied</translation>
    </message>
</context>
<context>
    <name>ow::ResidentId</name>
    <message>
        <source>A resident ID number has 18 characters.</source>
        <translation>A resident ID number has 18 characters.</translation>
    </message>
    <message>
        <source>Use digits only, with X allowed as the last character.</source>
        <translation>Use digits only, with X allowed as the last character.</translation>
    </message>
    <message>
        <source>The region code at the start is not valid.</source>
        <translation>The region code at the start is not valid.</translation>
    </message>
    <message>
        <source>The birth date in the number is not a valid date.</source>
        <translation>The birth date in the number is not a valid date.</translation>
    </message>
    <message>
        <source>The check character does not match: please check each digit.</source>
        <translation>The check character does not match: please check each digit.</translation>
    </message>
</context>
<context>
    <name>ow::Role</name>
    <message>
        <source>Teller</source>
        <translation>Teller</translation>
    </message>
    <message>
        <source>Back-office reviewer</source>
        <translation>Back-office reviewer</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <source>Hall display</source>
        <translation>Hall display</translation>
    </message>
    <message>
        <source>Guide desk</source>
        <translation>Guide</translation>
    </message>
    <message>
        <source>12333 hotline agent</source>
        <translation>12333 hotline agent</translation>
    </message>
</context>
<context>
    <name>ow::SupervisorQueueScreen</name>
    <message>
        <source>Select a window first.</source>
        <translation>Select a window first.</translation>
    </message>
    <message>
        <source>Window %1</source>
        <translation>Window %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation>Paused: %1</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Serving</source>
        <translation>Serving</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>Called</translation>
    </message>
    <message numerus="yes">
        <source>Waiting: %n</source>
        <translation>
            <numerusform>Waiting: %n</numerusform>
            <numerusform>Waiting: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Promise broken</source>
        <translation>Promise broken</translation>
    </message>
    <message>
        <source>About to break the 15-minute promise</source>
        <translation>About to break the 15-minute promise</translation>
    </message>
    <message>
        <source>Live queue — %1</source>
        <translation>Live queue — %1</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <source>Longest waits</source>
        <translation>Longest waits</translation>
    </message>
    <message>
        <source>Open rectifications of bad ratings</source>
        <translation>Open rectifications of bad ratings</translation>
    </message>
    <message>
        <source>Open selected window</source>
        <translation>Open selected window</translation>
    </message>
    <message>
        <source>Close selected window</source>
        <translation>Close selected window</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Teller</source>
        <translation>Teller</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>Waited</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Promise</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>What window %1 serves</source>
        <translation>What window %1 serves</translation>
    </message>
    <message>
        <source>Comprehensive: every matter</source>
        <translation>Comprehensive: every matter</translation>
    </message>
    <message>
        <source>Dedicated: only the ticked categories</source>
        <translation>Dedicated: only the ticked categories</translation>
    </message>
    <message>
        <source>A higher weight makes the window prefer that queue (2 against 1, say).</source>
        <translation>A higher weight makes the window prefer that queue (2 against 1, say).</translation>
    </message>
    <message>
        <source>Window %1 now serves what was chosen.</source>
        <translation>Window %1 now serves what was chosen.</translation>
    </message>
    <message>
        <source>Select a waiting ticket first.</source>
        <translation>Select a waiting ticket first.</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Move %1</translation>
    </message>
    <message>
        <source>Any window able to serve it</source>
        <translation>Any window able to serve it</translation>
    </message>
    <message>
        <source>To the front of the line</source>
        <translation>To the front of the line</translation>
    </message>
    <message>
        <source>To the back of the line</source>
        <translation>To the back of the line</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>Window:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>%1 was moved.</source>
        <translation>%1 was moved.</translation>
    </message>
    <message>
        <source>What the window serves…</source>
        <translation>What the window serves…</translation>
    </message>
    <message>
        <source>Move selected ticket…</source>
        <translation>Move selected ticket…</translation>
    </message>
    <message>
        <source>Past the %1-minute promise</source>
        <translation>Past the %1-minute promise</translation>
    </message>
    <message>
        <source>About to break the %1-minute promise</source>
        <translation>About to break the %1-minute promise</translation>
    </message>
</context>
<context>
    <name>ow::TellerDesk</name>
    <message>
        <source>Nobody this window can serve is waiting.</source>
        <translation>Nobody this window can serve is waiting.</translation>
    </message>
    <message>
        <source>There is no ticket at this window.</source>
        <translation>There is no ticket at this window.</translation>
    </message>
    <message>
        <source>%1 is still at your window: finish it, mark it no-show or transfer it before calling the next.</source>
        <translation>%1 is still at your window: finish it, mark it no-show or transfer it before calling the next.</translation>
    </message>
    <message>
        <source>Please log in again.</source>
        <translation>Please log in again.</translation>
    </message>
    <message>
        <source>The server refused this (%1).</source>
        <translation>The server refused this (%1).</translation>
    </message>
    <message>
        <source>Saved on this computer; it is sent as soon as the server can be reached.</source>
        <translation>Saved on this computer; it is sent as soon as the server can be reached.</translation>
    </message>
    <message>
        <source>Offline: ticket %1 from this window&apos;s reserved numbers; it reaches the server when the connection is back.</source>
        <translation>Offline: ticket %1 from this window&apos;s reserved numbers; it reaches the server when the connection is back.</translation>
    </message>
    <message>
        <source>Finish the ticket at the window first.</source>
        <translation>Finish the ticket at the window first.</translation>
    </message>
    <message>
        <source>Offline: the hall&apos;s line cannot be reached; issue a walk-in ticket for the citizen at the window.</source>
        <translation>Offline: the hall&apos;s line cannot be reached; issue a walk-in ticket for the citizen at the window.</translation>
    </message>
    <message>
        <source>Offline, a ticket can be served, finished or marked as a no-show; nothing else.</source>
        <translation>Offline, a ticket can be served, finished or marked as a no-show; nothing else.</translation>
    </message>
</context>
<context>
    <name>ow::TellerQueuePanel</name>
    <message>
        <source>Pause the window</source>
        <translation>Pause the window</translation>
    </message>
    <message>
        <source>Reason (shown to the supervisor):</source>
        <translation>Reason (shown to the supervisor):</translation>
    </message>
    <message>
        <source>Finish %1</source>
        <translation>Finish %1</translation>
    </message>
    <message>
        <source>Done at the window</source>
        <translation>Done at the window</translation>
    </message>
    <message>
        <source>Accepted as a case</source>
        <translation>Accepted as a case</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Reason, if refused</source>
        <translation>Reason, if refused</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Serving</source>
        <translation>Serving</translation>
    </message>
    <message numerus="yes">
        <source>Called, recalled %n time(s)</source>
        <translation>
            <numerusform>Called, recalled %n time</numerusform>
            <numerusform>Called, recalled %n times</numerusform>
        </translation>
    </message>
    <message>
        <source>No ticket at the window. Press F1 to call the next one.</source>
        <translation>No ticket at the window. Press F1 to call the next one.</translation>
    </message>
    <message numerus="yes">
        <source>Waiting in the hall: %n</source>
        <translation>
            <numerusform>Waiting in the hall: %n</numerusform>
            <numerusform>Waiting in the hall: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>Window:</translation>
    </message>
    <message>
        <source>Call next</source>
        <translation>Call next</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Recall</translation>
    </message>
    <message>
        <source>Start serving</source>
        <translation>Start serving</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No-show</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Open window</source>
        <translation>Open window</translation>
    </message>
    <message>
        <source>Close window</source>
        <translation>Close window</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Matters</source>
        <translation>Matters</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>Waited</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Choose a ticket in the waiting list first.</source>
        <translation>Choose a ticket in the waiting list first.</translation>
    </message>
    <message>
        <source>Call %1 out of order</source>
        <translation>Call %1 out of order</translation>
    </message>
    <message>
        <source>Reason (kept in the ticket&apos;s record):</source>
        <translation>Reason (kept in the ticket&apos;s record):</translation>
    </message>
    <message>
        <source>Calling out of order needs a reason.</source>
        <translation>Calling out of order needs a reason.</translation>
    </message>
    <message>
        <source>Transfer %1</source>
        <translation>Transfer %1</translation>
    </message>
    <message>
        <source>The same matters</source>
        <translation>The same matters</translation>
    </message>
    <message>
        <source>Any window able to serve it</source>
        <translation>Any window able to serve it</translation>
    </message>
    <message>
        <source>To the front of the line</source>
        <translation>To the front of the line</translation>
    </message>
    <message>
        <source>To the back of the line</source>
        <translation>To the back of the line</translation>
    </message>
    <message>
        <source>Matter:</source>
        <translation>Matter:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>%1 steps away</source>
        <translation>%1 steps away</translation>
    </message>
    <message>
        <source>Back in the line after (minutes):</source>
        <translation>Back in the line after (minutes):</translation>
    </message>
    <message>
        <source>Call selected</source>
        <translation>Call selected</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>Step away</source>
        <translation>Step away</translation>
    </message>
    <message>
        <source>Walk-in ticket (offline)</source>
        <translation>Walk-in ticket (offline)</translation>
    </message>
    <message>
        <source>The citizen&apos;s matter:</source>
        <translation>The citizen&apos;s matter:</translation>
    </message>
    <message numerus="yes">
        <source>Offline: walk-in tickets from this window&apos;s %n reserved number(s)</source>
        <translation>
            <numerusform>Offline: walk-in tickets from this window&apos;s %n reserved number</numerusform>
            <numerusform>Offline: walk-in tickets from this window&apos;s %n reserved numbers</numerusform>
        </translation>
    </message>
    <message>
        <source>Walk-in ticket</source>
        <translation>Walk-in ticket</translation>
    </message>
    <message>
        <source>Offline. Press F1 to give the citizen at the window a ticket.</source>
        <translation>Offline. Press F1 to give the citizen at the window a ticket.</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
</context>
<context>
    <name>ow::TicketPrinter</name>
    <message>
        <source>Your number</source>
        <translation>Your number</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>Priority: %1</translation>
    </message>
    <message>
        <source>Matters:</source>
        <translation>Matters:</translation>
    </message>
    <message>
        <source>Nobody is waiting ahead of you.</source>
        <translation>Nobody is waiting ahead of you.</translation>
    </message>
    <message numerus="yes">
        <source>%n people waiting ahead of you</source>
        <translation>
            <numerusform>%n person waiting ahead of you</numerusform>
            <numerusform>%n people waiting ahead of you</numerusform>
        </translation>
    </message>
    <message>
        <source>ID number: %1</source>
        <translation>ID number: %1</translation>
    </message>
    <message>
        <source>Issued: %1</source>
        <translation>Issued: %1</translation>
    </message>
    <message>
        <source>Scan to follow your place in the queue</source>
        <translation>Scan to follow your place in the queue</translation>
    </message>
    <message>
        <source>Please listen and watch for your number. Keep this ticket until you have been served.</source>
        <translation>Please listen and watch for your number. Keep this ticket until you have been served.</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation>Ticket %1</translation>
    </message>
    <message>
        <source>The ticket could not be written to %1.</source>
        <translation>The ticket could not be written to %1.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>The folder %1 cannot be created.</translation>
    </message>
    <message>
        <source>The printer %1 is not ready.</source>
        <translation>The printer %1 is not ready.</translation>
    </message>
    <message>
        <source>The printer %1 is not installed.</source>
        <translation>The printer %1 is not installed.</translation>
    </message>
    <message>
        <source>Estimated wait: %1–%2 min (an estimate only)</source>
        <translation>Estimated wait: %1–%2 min (an estimate only)</translation>
    </message>
</context>
<context>
    <name>ow::PublicPages</name>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Please go to the window</source>
        <translation>Please go to the window</translation>
    </message>
    <message>
        <source>Being served</source>
        <translation>Being served</translation>
    </message>
    <message>
        <source>Stepped away, back in the line soon</source>
        <translation>Stepped away, back in the line soon</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>Missed — please take a new ticket</source>
        <translation>Missed — please take a new ticket</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Window %1</source>
        <translation>Window %1</translation>
    </message>
    <message>
        <source>%1 ahead of you</source>
        <translation>%1 ahead of you</translation>
    </message>
    <message>
        <source>about %1–%2 min</source>
        <translation>about %1–%2 min</translation>
    </message>
    <message>
        <source>This page refreshes every 20 seconds.</source>
        <translation>This page refreshes every 20 seconds.</translation>
    </message>
    <message>
        <source>Submitted online: bring the originals to the hall</source>
        <translation>Submitted online: bring the originals to the hall</translation>
    </message>
    <message>
        <source>Accepted, awaiting review</source>
        <translation>Accepted, awaiting review</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In review</translation>
    </message>
    <message>
        <source>In review (second check)</source>
        <translation>In review (second check)</translation>
    </message>
    <message>
        <source>Please supply what is missing</source>
        <translation>Please supply what is missing</translation>
    </message>
    <message>
        <source>Done: the result is ready</source>
        <translation>Done: the result is ready</translation>
    </message>
    <message>
        <source>Decided (not granted): collect the decision</source>
        <translation>Decided (not granted): collect the decision</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>Not accepted</translation>
    </message>
    <message>
        <source>Completed on the spot</source>
        <translation>Completed on the spot</translation>
    </message>
    <message>
        <source>Result delivered</source>
        <translation>Result delivered</translation>
    </message>
    <message>
        <source>Mianyang Human Resources and Social Security Bureau</source>
        <translation>Mianyang Human Resources and Social Security Bureau</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Case status</translation>
    </message>
    <message>
        <source>Questions: call 12333</source>
        <translation>Questions: call 12333</translation>
    </message>
    <message>
        <source>Last four characters of the ID number</source>
        <translation>Last four characters of the ID number</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>Look up</translation>
    </message>
    <message>
        <source>Promised by</source>
        <translation>Promised by</translation>
    </message>
    <message>
        <source>Still needed</source>
        <translation>Still needed</translation>
    </message>
    <message>
        <source>The number and the ID do not match.</source>
        <translation>The number and the ID do not match.</translation>
    </message>
</context>
<context>
    <name>ow::OrgLevel</name>
    <message>
        <source>city level</source>
        <translation>city level</translation>
    </message>
    <message>
        <source>county / district level</source>
        <translation>county / district level</translation>
    </message>
    <message>
        <source>township / street level</source>
        <translation>township / street level</translation>
    </message>
    <message>
        <source>community service station</source>
        <translation>community service station</translation>
    </message>
</context>
<context>
    <name>ow::PasswordPolicy</name>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>A password needs at least %1 characters.</translation>
    </message>
    <message>
        <source>The password must not be the user name.</source>
        <translation>The password must not be the user name.</translation>
    </message>
    <message>
        <source>This is one of the most common passwords; choose one that is harder to guess.</source>
        <translation>This is one of the most common passwords; choose one that is harder to guess.</translation>
    </message>
</context>
<context>
    <name>ow::AccountForm</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Edit account %1</source>
        <translation>Edit account %1</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>New account</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Create account</translation>
    </message>
    <message>
        <source>e.g. wangli</source>
        <translation>e.g. wangli</translation>
    </message>
    <message>
        <source>e.g. 王丽</source>
        <translation>e.g. 王丽</translation>
    </message>
    <message>
        <source>e.g. Wang Li</source>
        <translation>e.g. Wang Li</translation>
    </message>
    <message>
        <source>e.g. MY-FC-0012</source>
        <translation>e.g. MY-FC-0012</translation>
    </message>
    <message>
        <source>None ticked: every matter of the ticked categories.</source>
        <translation>None ticked: every matter of the ticked categories.</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <source>Name (Chinese):</source>
        <translation>Name (Chinese):</translation>
    </message>
    <message>
        <source>Name (English):</source>
        <translation>Name (English):</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>Hall:</source>
        <translation>Hall:</translation>
    </message>
    <message>
        <source>Staff number:</source>
        <translation>Staff number:</translation>
    </message>
    <message>
        <source>Categories reviewed:</source>
        <translation>Categories reviewed:</translation>
    </message>
    <message>
        <source>Categories served (none: every category):</source>
        <translation>Categories served (none: every category):</translation>
    </message>
    <message>
        <source>Matters the reviewer may decide:</source>
        <translation>Matters the reviewer may decide:</translation>
    </message>
</context>
<context>
    <name>ow::AccountTableModel</name>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Hall</source>
        <translation>Hall</translation>
    </message>
    <message>
        <source>Staff number</source>
        <translation>Staff number</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>ow::AccountsPage</name>
    <message>
        <source>All halls</source>
        <translation>All halls</translation>
    </message>
    <message>
        <source>%1 accounts</source>
        <translation>%1 accounts</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Disable</translation>
    </message>
    <message>
        <source>Account %1 created.</source>
        <translation>Account %1 created.</translation>
    </message>
    <message>
        <source>One-time password</source>
        <translation>One-time password</translation>
    </message>
    <message>
        <source>The one-time password of %1 (%2). Hand it over in person: at the first login it must be changed.</source>
        <translation>The one-time password of %1 (%2). Hand it over in person: at the first login it must be changed.</translation>
    </message>
    <message>
        <source>Account %1 saved.</source>
        <translation>Account %1 saved.</translation>
    </message>
    <message>
        <source>Disable account</source>
        <translation>Disable account</translation>
    </message>
    <message>
        <source>Disable the account of %1 (%2)? They are logged out at once and cannot log in until the account is enabled again.</source>
        <translation>Disable the account of %1 (%2)? They are logged out at once and cannot log in until the account is enabled again.</translation>
    </message>
    <message>
        <source>Account %1 enabled.</source>
        <translation>Account %1 enabled.</translation>
    </message>
    <message>
        <source>Account %1 disabled.</source>
        <translation>Account %1 disabled.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>Give %1 (%2) a new one-time password? The current password stops working and they are logged out at once.</source>
        <translation>Give %1 (%2) a new one-time password? The current password stops working and they are logged out at once.</translation>
    </message>
    <message>
        <source>The password of %1 was reset.</source>
        <translation>The password of %1 was reset.</translation>
    </message>
    <message>
        <source>The new one-time password of %1 (%2). Hand it over in person: at the next login it must be changed.</source>
        <translation>The new one-time password of %1 (%2). Hand it over in person: at the next login it must be changed.</translation>
    </message>
    <message>
        <source>Search by name, user name or staff number</source>
        <translation>Search by name, user name or staff number</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>All roles</translation>
    </message>
    <message>
        <source>Show disabled accounts</source>
        <translation>Show disabled accounts</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Enable</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Disable</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>&amp;New account…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Ed&amp;it…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>&amp;Reset password…</translation>
    </message>
</context>
<context>
    <name>ow::AdminPage</name>
    <message>
        <source>The administration data could not be loaded: %1</source>
        <translation>The administration data could not be loaded: %1</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Halls and windows</source>
        <translation>Halls and windows</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Devices</translation>
    </message>
    <message>
        <source>Record of changes</source>
        <translation>Record of changes</translation>
    </message>
    <message>
        <source>Catalogue versions</source>
        <translation>Catalogue versions</translation>
    </message>
    <message>
        <source>Queue rules</source>
        <translation>Queue rules</translation>
    </message>
    <message>
        <source>Working-day calendar</source>
        <translation>Working-day calendar</translation>
    </message>
    <message>
        <source>Risk rules</source>
        <translation>Risk rules</translation>
    </message>
</context>
<context>
    <name>ow::AdminText</name>
    <message>
        <source>Comprehensive</source>
        <translation>Comprehensive</translation>
    </message>
    <message>
        <source>Dedicated</source>
        <translation>Dedicated</translation>
    </message>
    <message>
        <source>Ticket kiosk</source>
        <translation>Ticket kiosk</translation>
    </message>
    <message>
        <source>Hall display</source>
        <translation>Hall display</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>Must change password</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>In service</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retired</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Hall</source>
        <translation>Hall</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Working-day calendar</source>
        <translation>Working-day calendar</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegation</translation>
    </message>
    <message>
        <source>Queue rules</source>
        <translation>Queue rules</translation>
    </message>
    <message>
        <source>Service catalogue</source>
        <translation>Service catalogue</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Disable</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Enable</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Retire</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>New secret</source>
        <translation>New secret</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Name (Chinese)</source>
        <translation>Name (Chinese)</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Name (English)</translation>
    </message>
    <message>
        <source>Staff number</source>
        <translation>Staff number</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <source>Matters</source>
        <translation>Matters</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Parent hall</source>
        <translation>Parent hall</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <source>Window number</source>
        <translation>Window number</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Preference weights</source>
        <translation>Preference weights</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Automatic assignment</source>
        <translation>Automatic assignment</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>%1, lunch break %2–%3</source>
        <translation>%1, lunch break %2–%3</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <source>window %1</source>
        <translation>window %1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Put in force</source>
        <translation>Put in force</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>Withdraw schedule</source>
        <translation>Withdraw schedule</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>In force from</translation>
    </message>
    <message>
        <source>Public holidays</source>
        <translation>Public holidays</translation>
    </message>
    <message>
        <source>Adjusted working days</source>
        <translation>Adjusted working days</translation>
    </message>
    <message>
        <source>Rules of its own</source>
        <translation>Rules of its own</translation>
    </message>
    <message>
        <source>Promised wait (minutes)</source>
        <translation>Promised wait (minutes)</translation>
    </message>
    <message>
        <source>Recalls at most</source>
        <translation>Recalls at most</translation>
    </message>
    <message>
        <source>Between two calls (seconds)</source>
        <translation>Between two calls (seconds)</translation>
    </message>
    <message>
        <source>Priority tickets in a row</source>
        <translation>Priority tickets in a row</translation>
    </message>
    <message>
        <source>Numbers run on across days</source>
        <translation>Numbers run on across days</translation>
    </message>
    <message>
        <source>Appointments per slot</source>
        <translation>Appointments per slot</translation>
    </message>
    <message>
        <source>Priority groups</source>
        <translation>Priority groups</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Risk rules</source>
        <translation>Risk rules</translation>
    </message>
</context>
<context>
    <name>ow::ChangeFieldsModel</name>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
</context>
<context>
    <name>ow::ChangeTableModel</name>
    <message>
        <source>(server console)</source>
        <translation>(server console)</translation>
    </message>
    <message>
        <source>City-wide</source>
        <translation>City-wide</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Hall</source>
        <translation>Hall</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>Which</source>
        <translation>Which</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Fields changed</source>
        <translation>Fields changed</translation>
    </message>
</context>
<context>
    <name>ow::ChangesPage</name>
    <message>
        <source>%1 changes shown</source>
        <translation>%1 changes shown</translation>
    </message>
    <message>
        <source>%1 %2 — %3 by %4</source>
        <translation>%1 %2 — %3 by %4</translation>
    </message>
    <message>
        <source>the server console</source>
        <translation>the server console</translation>
    </message>
    <message>
        <source>Choose a change to see its fields.</source>
        <translation>Choose a change to see its fields.</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Everything</translation>
    </message>
    <message>
        <source>Which one: a user name, a hall code, a device code…</source>
        <translation>Which one: a user name, a hall code, a device code…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
</context>
<context>
    <name>ow::Confirm</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ow::DeviceForm</name>
    <message>
        <source>Add device</source>
        <translation>Add device</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>New device</source>
        <translation>New device</translation>
    </message>
    <message>
        <source>e.g. FC-KIOSK-2</source>
        <translation>e.g. FC-KIOSK-2</translation>
    </message>
    <message>
        <source>e.g. kiosk-fc-2</source>
        <translation>e.g. kiosk-fc-2</translation>
    </message>
    <message>
        <source>The device logs in with this name and the secret shown once after it is added.</source>
        <translation>The device logs in with this name and the secret shown once after it is added.</translation>
    </message>
    <message>
        <source>Device code:</source>
        <translation>Device code:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Hall:</source>
        <translation>Hall:</translation>
    </message>
    <message>
        <source>Login name:</source>
        <translation>Login name:</translation>
    </message>
</context>
<context>
    <name>ow::DeviceTableModel</name>
    <message>
        <source>Device code</source>
        <translation>Device code</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Hall</source>
        <translation>Hall</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>Login name</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>ow::DevicesPage</name>
    <message>
        <source>Device %1 added.</source>
        <translation>Device %1 added.</translation>
    </message>
    <message>
        <source>Device secret</source>
        <translation>Device secret</translation>
    </message>
    <message>
        <source>The secret of %1 %2 (login name %3). Enter it on the device&apos;s set-up screen or in its credentials file.</source>
        <translation>The secret of %1 %2 (login name %3). Enter it on the device&apos;s set-up screen or in its credentials file.</translation>
    </message>
    <message>
        <source>New secret</source>
        <translation>New secret</translation>
    </message>
    <message>
        <source>Give %1 a new secret? The current one stops working at once: the device must be set up with the new one.</source>
        <translation>Give %1 a new secret? The current one stops working at once: the device must be set up with the new one.</translation>
    </message>
    <message>
        <source>Make new secret</source>
        <translation>Make new secret</translation>
    </message>
    <message>
        <source>Device %1 has a new secret.</source>
        <translation>Device %1 has a new secret.</translation>
    </message>
    <message>
        <source>The new secret of %1 %2 (login name %3). Enter it on the device&apos;s set-up screen or in its credentials file.</source>
        <translation>The new secret of %1 %2 (login name %3). Enter it on the device&apos;s set-up screen or in its credentials file.</translation>
    </message>
    <message>
        <source>Ticket kiosks and hall displays log in with a device account of their own. Its secret is shown once, when the device is added or given a new secret.</source>
        <translation>Ticket kiosks and hall displays log in with a device account of their own. Its secret is shown once, when the device is added or given a new secret.</translation>
    </message>
    <message>
        <source>Add &amp;device…</source>
        <translation>Add &amp;device…</translation>
    </message>
    <message>
        <source>New &amp;secret…</source>
        <translation>New &amp;secret…</translation>
    </message>
</context>
<context>
    <name>ow::HallComboBox</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ow::HallForm</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Edit hall %1</source>
        <translation>Edit hall %1</translation>
    </message>
    <message>
        <source>New hall</source>
        <translation>New hall</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Create hall</source>
        <translation>Create hall</translation>
    </message>
    <message>
        <source>e.g. MY-FC-CJ-01</source>
        <translation>e.g. MY-FC-CJ-01</translation>
    </message>
    <message>
        <source>e.g. 城郊街道便民服务中心</source>
        <translation>e.g. 城郊街道便民服务中心</translation>
    </message>
    <message>
        <source>e.g. Chengjiao Subdistrict Service Centre</source>
        <translation>e.g. Chengjiao Subdistrict Service Centre</translation>
    </message>
    <message>
        <source>Street address, as citizens look for it</source>
        <translation>Street address, as citizens look for it</translation>
    </message>
    <message>
        <source>e.g. 31.4679 (north)</source>
        <translation>e.g. 31.4679 (north)</translation>
    </message>
    <message>
        <source>e.g. 104.6796 (east)</source>
        <translation>e.g. 104.6796 (east)</translation>
    </message>
    <message>
        <source>(none: this is the city hall)</source>
        <translation>(none: this is the city hall)</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <source>Name (Chinese):</source>
        <translation>Name (Chinese):</translation>
    </message>
    <message>
        <source>Name (English):</source>
        <translation>Name (English):</translation>
    </message>
    <message>
        <source>Parent hall:</source>
        <translation>Parent hall:</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Level:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>Coordinates (WGS-84):</source>
        <translation>Coordinates (WGS-84):</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Time zone:</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <source>Enter the latitude in degrees, e.g. 31.4679.</source>
        <translation>Enter the latitude in degrees, e.g. 31.4679.</translation>
    </message>
    <message>
        <source>Enter the longitude in degrees, e.g. 104.6796.</source>
        <translation>Enter the longitude in degrees, e.g. 104.6796.</translation>
    </message>
    <message>
        <source>Training hall: made-up citizens; nothing done there counts in the city&apos;s figures, risk alerts or messages</source>
        <translation>Training hall: made-up citizens; nothing done there counts in the city&apos;s figures, risk alerts or messages</translation>
    </message>
</context>
<context>
    <name>ow::HallTreeModel</name>
    <message>
        <source>Hall</source>
        <translation>Hall</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>ow::HallsAdminPage</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>latitude %1, longitude %2</source>
        <translation>latitude %1, longitude %2</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>Windows (%1 in service)</source>
        <translation>Windows (%1 in service)</translation>
    </message>
    <message>
        <source>Hall %1 created. Add its windows next.</source>
        <translation>Hall %1 created. Add its windows next.</translation>
    </message>
    <message>
        <source>Hall %1 saved.</source>
        <translation>Hall %1 saved.</translation>
    </message>
    <message>
        <source>Archive hall</source>
        <translation>Archive hall</translation>
    </message>
    <message>
        <source>Archive %1 (%2)? It stops issuing tickets and taking cases; its records are kept. A hall with waiting tickets or open cases cannot be archived.</source>
        <translation>Archive %1 (%2)? It stops issuing tickets and taking cases; its records are kept. A hall with waiting tickets or open cases cannot be archived.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Hall %1 archived.</source>
        <translation>Hall %1 archived.</translation>
    </message>
    <message>
        <source>Window %1 added.</source>
        <translation>Window %1 added.</translation>
    </message>
    <message>
        <source>Window %1 saved.</source>
        <translation>Window %1 saved.</translation>
    </message>
    <message>
        <source>Retire window</source>
        <translation>Retire window</translation>
    </message>
    <message>
        <source>Retire window %1 of %2? Tellers can no longer open it; its history is kept.</source>
        <translation>Retire window %1 of %2? Tellers can no longer open it; its history is kept.</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Retire</translation>
    </message>
    <message>
        <source>Window %1 retired.</source>
        <translation>Window %1 retired.</translation>
    </message>
    <message>
        <source>Show archived halls</source>
        <translation>Show archived halls</translation>
    </message>
    <message>
        <source>Parent hall:</source>
        <translation>Parent hall:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>Coordinates:</source>
        <translation>Coordinates:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Time zone:</translation>
    </message>
    <message>
        <source>Opening hours:</source>
        <translation>Opening hours:</translation>
    </message>
    <message>
        <source>Choose a hall on the left.</source>
        <translation>Choose a hall on the left.</translation>
    </message>
    <message>
        <source>&amp;New hall…</source>
        <translation>&amp;New hall…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Ed&amp;it…</translation>
    </message>
    <message>
        <source>Archi&amp;ve…</source>
        <translation>Archi&amp;ve…</translation>
    </message>
    <message>
        <source>Add &amp;window…</source>
        <translation>Add &amp;window…</translation>
    </message>
    <message>
        <source>Edi&amp;t window…</source>
        <translation>Edi&amp;t window…</translation>
    </message>
    <message>
        <source>&amp;Retire window…</source>
        <translation>&amp;Retire window…</translation>
    </message>
</context>
<context>
    <name>ow::OneTimeSecretDialog</name>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>It is shown only this once and is not kept anywhere. Close this window only after you have noted it or handed it over.</source>
        <translation>It is shown only this once and is not kept anywhere. Close this window only after you have noted it or handed it over.</translation>
    </message>
    <message>
        <source>I have noted it</source>
        <translation>I have noted it</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copied</translation>
    </message>
</context>
<context>
    <name>ow::OpeningHoursEditor</name>
    <message>
        <source>Tuesday–Friday like Monday</source>
        <translation>Tuesday–Friday like Monday</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Lunch break</source>
        <translation>Lunch break</translation>
    </message>
</context>
<context>
    <name>ow::WindowForm</name>
    <message>
        <source>Assign waiting tickets to this window automatically</source>
        <translation>Assign waiting tickets to this window automatically</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Edit window %1 of %2</source>
        <translation>Edit window %1 of %2</translation>
    </message>
    <message>
        <source>New window at %1</source>
        <translation>New window at %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Add window</source>
        <translation>Add window</translation>
    </message>
    <message>
        <source>e.g. 3号窗口 养老</source>
        <translation>e.g. 3号窗口 养老</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Preference weight</source>
        <translation>Preference weight</translation>
    </message>
    <message>
        <source>Window number:</source>
        <translation>Window number:</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Label:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Categories:</source>
        <translation>Categories:</translation>
    </message>
    <message>
        <source>A dedicated window (专窗) serves only the ticked categories.</source>
        <translation>A dedicated window (专窗) serves only the ticked categories.</translation>
    </message>
    <message>
        <source>A comprehensive window (综合窗口) accepts every matter; the weights say which queues it prefers.</source>
        <translation>A comprehensive window (综合窗口) accepts every matter; the weights say which queues it prefers.</translation>
    </message>
</context>
<context>
    <name>ow::WindowTableModel</name>
    <message>
        <source>Every matter</source>
        <translation>Every matter</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Serves</source>
        <translation>Serves</translation>
    </message>
    <message>
        <source>Automatic assignment</source>
        <translation>Automatic assignment</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Every matter (first: %1)</source>
        <translation>Every matter (first: %1)</translation>
    </message>
</context>
<context>
    <name>ow::ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>You logged in with a one-time password. Choose your own password before you continue; it is asked for at every login from now on.</source>
        <translation>You logged in with a one-time password. Choose your own password before you continue; it is asked for at every login from now on.</translation>
    </message>
    <message>
        <source>Choose a new password for %1.</source>
        <translation>Choose a new password for %1.</translation>
    </message>
    <message>
        <source>One-time password:</source>
        <translation>One-time password:</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>Current password:</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>New password:</translation>
    </message>
    <message>
        <source>New password again:</source>
        <translation>New password again:</translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation>At least %1 characters</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Log out</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ow::AdminRules</name>
    <message>
        <source>Enter a user name.</source>
        <translation>Enter a user name.</translation>
    </message>
    <message>
        <source>A user name has 3 to 32 characters.</source>
        <translation>A user name has 3 to 32 characters.</translation>
    </message>
    <message>
        <source>A user name starts with a lower-case letter and has only lower-case letters, digits, &quot;.&quot;, &quot;_&quot; and &quot;-&quot;.</source>
        <translation>A user name starts with a lower-case letter and has only lower-case letters, digits, &quot;.&quot;, &quot;_&quot; and &quot;-&quot;.</translation>
    </message>
    <message>
        <source>Enter a code.</source>
        <translation>Enter a code.</translation>
    </message>
    <message>
        <source>A code has 2 to 32 characters.</source>
        <translation>A code has 2 to 32 characters.</translation>
    </message>
    <message>
        <source>A code starts with a letter and has upper-case letters and digits in groups joined by &quot;-&quot;, for example MY-FC-CJ-01.</source>
        <translation>A code starts with a letter and has upper-case letters and digits in groups joined by &quot;-&quot;, for example MY-FC-CJ-01.</translation>
    </message>
    <message>
        <source>A staff number has up to 20 letters, digits and &quot;-&quot;.</source>
        <translation>A staff number has up to 20 letters, digits and &quot;-&quot;.</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>The user name %1 is taken.</source>
        <translation>The user name %1 is taken.</translation>
    </message>
    <message>
        <source>Enter the name in Chinese.</source>
        <translation>Enter the name in Chinese.</translation>
    </message>
    <message>
        <source>A name has at most %1 characters.</source>
        <translation>A name has at most %1 characters.</translation>
    </message>
    <message>
        <source>Choose a role.</source>
        <translation>Choose a role.</translation>
    </message>
    <message>
        <source>Choose the hall the person works at.</source>
        <translation>Choose the hall the person works at.</translation>
    </message>
    <message>
        <source>Choose the categories the reviewer reviews.</source>
        <translation>Choose the categories the reviewer reviews.</translation>
    </message>
    <message>
        <source>The code %1 is taken.</source>
        <translation>The code %1 is taken.</translation>
    </message>
    <message>
        <source>Enter the name in English.</source>
        <translation>Enter the name in English.</translation>
    </message>
    <message>
        <source>The city hall has no parent hall.</source>
        <translation>The city hall has no parent hall.</translation>
    </message>
    <message>
        <source>Choose the hall this one belongs to.</source>
        <translation>Choose the hall this one belongs to.</translation>
    </message>
    <message>
        <source>There is no hall %1.</source>
        <translation>There is no hall %1.</translation>
    </message>
    <message>
        <source>A hall cannot belong to itself.</source>
        <translation>A hall cannot belong to itself.</translation>
    </message>
    <message>
        <source>A %1 hall cannot belong to a %2 hall.</source>
        <translation>A %1 hall cannot belong to a %2 hall.</translation>
    </message>
    <message>
        <source>The hall %1 is archived.</source>
        <translation>The hall %1 is archived.</translation>
    </message>
    <message>
        <source>Enter both latitude and longitude, or neither.</source>
        <translation>Enter both latitude and longitude, or neither.</translation>
    </message>
    <message>
        <source>The latitude is between -90 and 90 degrees.</source>
        <translation>The latitude is between -90 and 90 degrees.</translation>
    </message>
    <message>
        <source>The longitude is between -180 and 180 degrees.</source>
        <translation>The longitude is between -180 and 180 degrees.</translation>
    </message>
    <message>
        <source>Choose a time zone from the list.</source>
        <translation>Choose a time zone from the list.</translation>
    </message>
    <message>
        <source>A weekday is 1 (Monday) to 7 (Sunday).</source>
        <translation>A weekday is 1 (Monday) to 7 (Sunday).</translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation>%1 is listed twice.</translation>
    </message>
    <message>
        <source>%1: the hall must close after it opens.</source>
        <translation>%1: the hall must close after it opens.</translation>
    </message>
    <message>
        <source>%1: give the start and the end of the lunch break.</source>
        <translation>%1: give the start and the end of the lunch break.</translation>
    </message>
    <message>
        <source>%1: the lunch break must start after opening and end before closing.</source>
        <translation>%1: the lunch break must start after opening and end before closing.</translation>
    </message>
    <message>
        <source>A window number is 1 to %1.</source>
        <translation>A window number is 1 to %1.</translation>
    </message>
    <message>
        <source>Window %1 already exists in this hall.</source>
        <translation>Window %1 already exists in this hall.</translation>
    </message>
    <message>
        <source>A label has at most %1 characters.</source>
        <translation>A label has at most %1 characters.</translation>
    </message>
    <message>
        <source>A dedicated window serves at least one category.</source>
        <translation>A dedicated window serves at least one category.</translation>
    </message>
    <message>
        <source>A preference weight is 1 to %1.</source>
        <translation>A preference weight is 1 to %1.</translation>
    </message>
    <message>
        <source>Choose the hall the device stands in.</source>
        <translation>Choose the hall the device stands in.</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>Enter your current password.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>The new password must differ from the current one.</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>The two new passwords differ.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name in Chinese.</source>
        <translation>Enter the person&apos;s name in Chinese.</translation>
    </message>
    <message>
        <source>Window %1 of this hall is retired and keeps its number: choose another.</source>
        <translation>Window %1 of this hall is retired and keeps its number: choose another.</translation>
    </message>
    <message>
        <source>Hall %1 is below %2: the tree would have a cycle.</source>
        <translation>Hall %1 is below %2: the tree would have a cycle.</translation>
    </message>
    <message>
        <source>Hall %1 below this one would no longer be of a lower level.</source>
        <translation>Hall %1 below this one would no longer be of a lower level.</translation>
    </message>
    <message>
        <source>There is no category %1 in the catalogue.</source>
        <translation>There is no category %1 in the catalogue.</translation>
    </message>
    <message>
        <source>There is no matter %1 in the catalogue.</source>
        <translation>There is no matter %1 in the catalogue.</translation>
    </message>
    <message>
        <source>Enter the group&apos;s code.</source>
        <translation>Enter the group&apos;s code.</translation>
    </message>
    <message>
        <source>Enter the group&apos;s Chinese name.</source>
        <translation>Enter the group&apos;s Chinese name.</translation>
    </message>
    <message>
        <source>Enter the group&apos;s English name.</source>
        <translation>Enter the group&apos;s English name.</translation>
    </message>
    <message>
        <source>Priority group %1: %2</source>
        <translation>Priority group %1: %2</translation>
    </message>
</context>
<context>
    <name>ow::WorkCalendar</name>
    <message>
        <source>Not JSON: %1 at character %2.</source>
        <translation>Not JSON: %1 at character %2.</translation>
    </message>
    <message>
        <source>Not a JSON object.</source>
        <translation>Not a JSON object.</translation>
    </message>
    <message>
        <source>An object with at least one year, e.g. &quot;2027&quot;: {&quot;holidays&quot;: [...]}.</source>
        <translation>An object with at least one year, e.g. &quot;2027&quot;: {&quot;holidays&quot;: [...]}.</translation>
    </message>
    <message>
        <source>Not a year from %1 to %2.</source>
        <translation>Not a year from %1 to %2.</translation>
    </message>
    <message>
        <source>An object with &quot;holidays&quot; and &quot;working_weekends&quot;.</source>
        <translation>An object with &quot;holidays&quot; and &quot;working_weekends&quot;.</translation>
    </message>
    <message>
        <source>Unknown key: a year has &quot;holidays&quot; and &quot;working_weekends&quot;.</source>
        <translation>Unknown key: a year has &quot;holidays&quot; and &quot;working_weekends&quot;.</translation>
    </message>
    <message>
        <source>A list of dates.</source>
        <translation>A list of dates.</translation>
    </message>
    <message>
        <source>Not a date (yyyy-mm-dd).</source>
        <translation>Not a date (yyyy-mm-dd).</translation>
    </message>
    <message>
        <source>%1 is not in %2.</source>
        <translation>%1 is not in %2.</translation>
    </message>
    <message>
        <source>The first line must be the header date,kind,name.</source>
        <translation>The first line must be the header date,kind,name.</translation>
    </message>
    <message>
        <source>Three columns: date,kind,name.</source>
        <translation>Three columns: date,kind,name.</translation>
    </message>
    <message>
        <source>holiday or workday (an adjusted working weekend).</source>
        <translation>holiday or workday (an adjusted working weekend).</translation>
    </message>
    <message>
        <source>No days: the file is empty.</source>
        <translation>No days: the file is empty.</translation>
    </message>
    <message>
        <source>No days: only the header.</source>
        <translation>No days: only the header.</translation>
    </message>
    <message>
        <source>%1 is listed already (%2).</source>
        <translation>%1 is listed already (%2).</translation>
    </message>
    <message>
        <source>%1 is a weekday: only a Saturday or Sunday can be an adjusted working day.</source>
        <translation>%1 is a weekday: only a Saturday or Sunday can be an adjusted working day.</translation>
    </message>
    <message>
        <source>%1 has no public holiday: every year has some.</source>
        <translation>%1 has no public holiday: every year has some.</translation>
    </message>
</context>
<context>
    <name>ow::QueueRules</name>
    <message>
        <source>Enter a whole number from %1 to %2.</source>
        <translation>Enter a whole number from %1 to %2.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Required.</translation>
    </message>
    <message>
        <source>At most %1 priority groups.</source>
        <translation>At most %1 priority groups.</translation>
    </message>
    <message>
        <source>A group code has 2 to 20 lower-case letters and &quot;_&quot;.</source>
        <translation>A group code has 2 to 20 lower-case letters and &quot;_&quot;.</translation>
    </message>
    <message>
        <source>The group code %1 is used twice.</source>
        <translation>The group code %1 is used twice.</translation>
    </message>
</context>
<context>
    <name>ow::CatalogueText</name>
    <message>
        <source>Not in force</source>
        <translation>Not in force</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>In force</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Superseded</translation>
    </message>
    <message>
        <source>Name (Chinese)</source>
        <translation>Name (Chinese)</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Name (English)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Pinyin initials</source>
        <translation>Pinyin initials</translation>
    </message>
    <message>
        <source>On-the-spot or committed</source>
        <translation>On-the-spot or committed</translation>
    </message>
    <message>
        <source>Time limit (working days)</source>
        <translation>Time limit (working days)</translation>
    </message>
    <message>
        <source>Typical handling time</source>
        <translation>Typical handling time</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <source>Competent level</source>
        <translation>Competent level</translation>
    </message>
    <message>
        <source>Delegable</source>
        <translation>Delegable</translation>
    </message>
    <message>
        <source>Application form</source>
        <translation>Application form</translation>
    </message>
    <message>
        <source>Order of the materials</source>
        <translation>Order of the materials</translation>
    </message>
</context>
<context>
    <name>ow::CatalogueVersionTableModel</name>
    <message>
        <source>%1 (at server start)</source>
        <translation>%1 (at server start)</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 by %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>since %1</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Matters</source>
        <translation>Matters</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>In force</translation>
    </message>
</context>
<context>
    <name>ow::CatalogueDiffModel</name>
    <message>
        <source>No differences from the version in force.</source>
        <translation>No differences from the version in force.</translation>
    </message>
    <message>
        <source>Matters added (%1)</source>
        <translation>Matters added (%1)</translation>
    </message>
    <message>
        <source>Matters removed (%1)</source>
        <translation>Matters removed (%1)</translation>
    </message>
    <message>
        <source>Matters changed (%1)</source>
        <translation>Matters changed (%1)</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Changed: %1</translation>
    </message>
    <message>
        <source>Material added: %1</source>
        <translation>Material added: %1</translation>
    </message>
    <message>
        <source>Material removed: %1</source>
        <translation>Material removed: %1</translation>
    </message>
    <message>
        <source>Material changed: %1</source>
        <translation>Material changed: %1</translation>
    </message>
    <message>
        <source>Categories added (%1)</source>
        <translation>Categories added (%1)</translation>
    </message>
    <message>
        <source>Categories removed (%1)</source>
        <translation>Categories removed (%1)</translation>
    </message>
    <message>
        <source>Categories changed (%1)</source>
        <translation>Categories changed (%1)</translation>
    </message>
</context>
<context>
    <name>ow::CatalogueVersionsPage</name>
    <message>
        <source>Version %1 is the one in force.</source>
        <translation>Version %1 is the one in force.</translation>
    </message>
    <message>
        <source>What version %1 changes against the version in force (%2):</source>
        <translation>What version %1 changes against the version in force (%2):</translation>
    </message>
    <message>
        <source>Import a catalogue file</source>
        <translation>Import a catalogue file</translation>
    </message>
    <message>
        <source>Catalogue files (*.json)</source>
        <translation>Catalogue files (*.json)</translation>
    </message>
    <message>
        <source>Catalogue version %1 imported. It is not in force yet: review its changes, then put it in force.</source>
        <translation>Catalogue version %1 imported. It is not in force yet: review its changes, then put it in force.</translation>
    </message>
    <message>
        <source>Put in force now</source>
        <translation>Put in force now</translation>
    </message>
    <message>
        <source>Put catalogue version %1 in force now? Every window uses it from its next refresh; tickets and cases made from now on carry it, earlier ones keep their version.</source>
        <translation>Put catalogue version %1 in force now? Every window uses it from its next refresh; tickets and cases made from now on carry it, earlier ones keep their version.</translation>
    </message>
    <message>
        <source>Put in force</source>
        <translation>Put in force</translation>
    </message>
    <message>
        <source>Catalogue version %1 is in force.</source>
        <translation>Catalogue version %1 is in force.</translation>
    </message>
    <message>
        <source>Catalogue version %1 comes into force on %2.</source>
        <translation>Catalogue version %1 comes into force on %2.</translation>
    </message>
    <message>
        <source>Catalogue version %1 no longer waits for a day.</source>
        <translation>Catalogue version %1 no longer waits for a day.</translation>
    </message>
    <message>
        <source>The city&apos;s service catalogue. A new catalogue is imported as a version that is not yet in force: read what it changes, then put it in force now or from a later day. Tickets and cases keep the version they were made under.</source>
        <translation>The city&apos;s service catalogue. A new catalogue is imported as a version that is not yet in force: read what it changes, then put it in force now or from a later day. Tickets and cases keep the version they were made under.</translation>
    </message>
    <message>
        <source>&amp;Import catalogue file…</source>
        <translation>&amp;Import catalogue file…</translation>
    </message>
    <message>
        <source>Put in force &amp;now…</source>
        <translation>Put in force &amp;now…</translation>
    </message>
    <message>
        <source>In force &amp;from this day</source>
        <translation>In force &amp;from this day</translation>
    </message>
    <message>
        <source>&amp;Withdraw schedule</source>
        <translation>&amp;Withdraw schedule</translation>
    </message>
    <message>
        <source>%1 is not a catalogue file in JSON.</source>
        <translation>%1 is not a catalogue file in JSON.</translation>
    </message>
</context>
<context>
    <name>ow::CatalogueVersionApi</name>
    <message>
        <source>%1 is not a catalogue file in JSON.</source>
        <translation>%1 is not a catalogue file in JSON.</translation>
    </message>
</context>
<context>
    <name>ow::OrgImportPlan</name>
    <message>
        <source>A device&apos;s account cannot become a person&apos;s, nor a person&apos;s a device&apos;s.</source>
        <translation>A device&apos;s account cannot become a person&apos;s, nor a person&apos;s a device&apos;s.</translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation>There is no account %1.</translation>
    </message>
    <message>
        <source>The account %1 is not a kiosk&apos;s.</source>
        <translation>The account %1 is not a kiosk&apos;s.</translation>
    </message>
    <message>
        <source>The account %1 is not a hall display&apos;s.</source>
        <translation>The account %1 is not a hall display&apos;s.</translation>
    </message>
    <message>
        <source>A device stands at the hall of its account, %1.</source>
        <translation>A device stands at the hall of its account, %1.</translation>
    </message>
</context>
<context>
    <name>ow::CalendarDayModel</name>
    <message>
        <source>Worked in place of a weekend day off</source>
        <translation>Worked in place of a weekend day off</translation>
    </message>
    <message>
        <source>MMM d</source>
        <translation>MMM d</translation>
    </message>
    <message>
        <source>%1: 1 day off</source>
        <translation>%1: 1 day off</translation>
    </message>
    <message>
        <source>%1 to %2: %3 days off</source>
        <translation>%1 to %2: %3 days off</translation>
    </message>
    <message>
        <source>Public holiday</source>
        <translation>Public holiday</translation>
    </message>
    <message>
        <source>Adjusted working day</source>
        <translation>Adjusted working day</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Weekday</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ow::CalendarPage</name>
    <message>
        <source>%1 (imported)</source>
        <translation>%1 (imported)</translation>
    </message>
    <message>
        <source>%1 (built in)</source>
        <translation>%1 (built in)</translation>
    </message>
    <message>
        <source>Imported by the city&apos;s administrator.</source>
        <translation>Imported by the city&apos;s administrator.</translation>
    </message>
    <message>
        <source>Built into the server, from the State Council General Office&apos;s notice.</source>
        <translation>Built into the server, from the State Council General Office&apos;s notice.</translation>
    </message>
    <message>
        <source>%1 public holidays and %2 adjusted working days. %3</source>
        <translation>%1 public holidays and %2 adjusted working days. %3</translation>
    </message>
    <message>
        <source>Import calendar file</source>
        <translation>Import calendar file</translation>
    </message>
    <message>
        <source>Calendar files (*.json *.csv)</source>
        <translation>Calendar files (*.json *.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>%1 is not a calendar file: choose a file ending in .json or .csv.</source>
        <translation>%1 is not a calendar file: choose a file ending in .json or .csv.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 could not be read: %2</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <source>%1 was not imported, and the calendar is unchanged: %2</source>
        <translation>%1 was not imported, and the calendar is unchanged: %2</translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <translation>• %1: %2</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… and %1 more.</translation>
    </message>
    <message>
        <source>%1 was imported; the calendar already held the same days.</source>
        <translation>%1 was imported; the calendar already held the same days.</translation>
    </message>
    <message>
        <source>%1 was imported: %2. Case time limits count on the new days from now on.</source>
        <translation>%1 was imported: %2. Case time limits count on the new days from now on.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>The file</source>
        <translation>The file</translation>
    </message>
    <message>
        <source>The years</source>
        <translation>The years</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Line %1</translation>
    </message>
    <message>
        <source>Line %1, column “%2”</source>
        <translation>Line %1, column “%2”</translation>
    </message>
    <message>
        <source>holidays</source>
        <translation>holidays</translation>
    </message>
    <message>
        <source>working weekends</source>
        <translation>working weekends</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>Year %1</translation>
    </message>
    <message>
        <source>Year %1, %2</source>
        <translation>Year %1, %2</translation>
    </message>
    <message>
        <source>Year %1, %2, entry %3</source>
        <translation>Year %1, %2, entry %3</translation>
    </message>
    <message>
        <source>Case time limits and rectification deadlines are counted in working days on this calendar. When the State Council General Office publishes the holiday arrangements for a new year, import that year&apos;s calendar file (JSON or CSV): it replaces every year the file holds, and the other years stay.</source>
        <translation>Case time limits and rectification deadlines are counted in working days on this calendar. When the State Council General Office publishes the holiday arrangements for a new year, import that year&apos;s calendar file (JSON or CSV): it replaces every year the file holds, and the other years stay.</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>&amp;Import calendar file…</source>
        <translation>&amp;Import calendar file…</translation>
    </message>
</context>
<context>
    <name>ow::PriorityGroupModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name (Chinese)</source>
        <translation>Name (Chinese)</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Name (English)</translation>
    </message>
</context>
<context>
    <name>ow::QueueRulesPage</name>
    <message>
        <source>Discard changes</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>The queue rules of %1 have changes that are not saved. Discard them?</source>
        <translation>The queue rules of %1 have changes that are not saved. Discard them?</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>The queue rules of %1 could not be loaded: %2</source>
        <translation>The queue rules of %1 could not be loaded: %2</translation>
    </message>
    <message>
        <source>This hall has queue rules of its own.</source>
        <translation>This hall has queue rules of its own.</translation>
    </message>
    <message>
        <source>This hall uses the city&apos;s default queue rules.</source>
        <translation>This hall uses the city&apos;s default queue rules.</translation>
    </message>
    <message>
        <source>The queue rules of %1 are saved. They apply from the next ticket on.</source>
        <translation>The queue rules of %1 are saved. They apply from the next ticket on.</translation>
    </message>
    <message>
        <source>Use city defaults</source>
        <translation>Use city defaults</translation>
    </message>
    <message>
        <source>Remove the queue rules of %1? The hall then follows the city&apos;s default rules, from the next ticket on.</source>
        <translation>Remove the queue rules of %1? The hall then follows the city&apos;s default rules, from the next ticket on.</translation>
    </message>
    <message>
        <source>%1 follows the city&apos;s default queue rules again.</source>
        <translation>%1 follows the city&apos;s default queue rules again.</translation>
    </message>
    <message>
        <source>The queue rules decide how the windows of a hall call tickets and what its kiosks offer. A hall without rules of its own follows the city&apos;s defaults. Changes apply from the next ticket on.</source>
        <translation>The queue rules decide how the windows of a hall call tickets and what its kiosks offer. A hall without rules of its own follows the city&apos;s defaults. Changes apply from the next ticket on.</translation>
    </message>
    <message>
        <source>&amp;Hall:</source>
        <translation>&amp;Hall:</translation>
    </message>
    <message>
        <source>Calling</source>
        <translation>Calling</translation>
    </message>
    <message>
        <source>Promised wait:</source>
        <translation>Promised wait:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>An ordinary ticket that has waited longer than this is called first.</source>
        <translation>An ordinary ticket that has waited longer than this is called first.</translation>
    </message>
    <message>
        <source>Recalls at most:</source>
        <translation>Recalls at most:</translation>
    </message>
    <message>
        <source> times</source>
        <translation> times</translation>
    </message>
    <message>
        <source>After this many recalls, the next call of the ticket marks it a no-show.</source>
        <translation>After this many recalls, the next call of the ticket marks it a no-show.</translation>
    </message>
    <message>
        <source>Between two calls:</source>
        <translation>Between two calls:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>The least time between two calls of the same ticket.</source>
        <translation>The least time between two calls of the same ticket.</translation>
    </message>
    <message>
        <source>Priority tickets in a row:</source>
        <translation>Priority tickets in a row:</translation>
    </message>
    <message>
        <source>While ordinary tickets wait too, a window calls one of them after this many priority tickets.</source>
        <translation>While ordinary tickets wait too, a window calls one of them after this many priority tickets.</translation>
    </message>
    <message>
        <source>Ticket numbers:</source>
        <translation>Ticket numbers:</translation>
    </message>
    <message>
        <source>Run on across days (do not restart at 001 each day)</source>
        <translation>Run on across days (do not restart at 001 each day)</translation>
    </message>
    <message>
        <source>Appointments per slot:</source>
        <translation>Appointments per slot:</translation>
    </message>
    <message>
        <source> people</source>
        <translation> people</translation>
    </message>
    <message>
        <source>Priority groups (green channel)</source>
        <translation>Priority groups (green channel)</translation>
    </message>
    <message>
        <source>The groups a kiosk offers priority to, in this order. The code is what tickets and reports carry (lower-case letters and &quot;_&quot;); the names are what citizens read.</source>
        <translation>The groups a kiosk offers priority to, in this order. The code is what tickets and reports carry (lower-case letters and &quot;_&quot;); the names are what citizens read.</translation>
    </message>
    <message>
        <source>&amp;Add group</source>
        <translation>&amp;Add group</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Move &amp;down</translation>
    </message>
    <message>
        <source>Use &amp;city defaults…</source>
        <translation>Use &amp;city defaults…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
</context>
<context>
    <name>ow::Rectification</name>
    <message>
        <source>Telephone</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>Text message</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>Not satisfied</source>
        <translation>Not satisfied</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>Not reached</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
</context>
<context>
    <name>ow::RectificationTableModel</name>
    <message>
        <source>Closed late</source>
        <translation>Closed late</translation>
    </message>
    <message>
        <source>Closed %1</source>
        <translation>Closed %1</translation>
    </message>
    <message>
        <source>Window %1</source>
        <translation>Window %1</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Hall</source>
        <translation>Hall</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>Matter</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <source>Teller</source>
        <translation>Teller</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
</context>
<context>
    <name>ow::RectificationForm</name>
    <message>
        <source>Select a rectification in the list.</source>
        <translation>Select a rectification in the list.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ticket %1&lt;/b&gt; of %2 · %3 · rated %4 on %5&lt;br&gt;Served at window %6 by %7 (%8)&lt;br&gt;Due %9 · %10</source>
        <translation>&lt;b&gt;Ticket %1&lt;/b&gt; of %2 · %3 · rated %4 on %5&lt;br&gt;Served at window %6 by %7 (%8)&lt;br&gt;Due %9 · %10</translation>
    </message>
    <message>
        <source>Contacts with the citizen</source>
        <translation>Contacts with the citizen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Cause found</source>
        <translation>Cause found</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>Action taken</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>Record a contact</source>
        <translation>Record a contact</translation>
    </message>
    <message>
        <source>Contacted at:</source>
        <translation>Contacted at:</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>How:</translation>
    </message>
    <message>
        <source>Citizen&apos;s answer:</source>
        <translation>Citizen&apos;s answer:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Record contact</source>
        <translation>Record contact</translation>
    </message>
    <message>
        <source>Close the rectification</source>
        <translation>Close the rectification</translation>
    </message>
    <message>
        <source>Cause found:</source>
        <translation>Cause found:</translation>
    </message>
    <message>
        <source>Action taken:</source>
        <translation>Action taken:</translation>
    </message>
    <message>
        <source>Close rectification</source>
        <translation>Close rectification</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <source>Closed late on %1 by %2; the citizen&apos;s answer: %3.</source>
        <translation>Closed late on %1 by %2; the citizen&apos;s answer: %3.</translation>
    </message>
    <message>
        <source>Closed on %1 by %2; the citizen&apos;s answer: %3.</source>
        <translation>Closed on %1 by %2; the citizen&apos;s answer: %3.</translation>
    </message>
</context>
<context>
    <name>ow::RectificationsPage</name>
    <message>
        <source>Listed: %1</source>
        <translation>Listed: %1</translation>
    </message>
    <message>
        <source>The contact with the citizen was recorded.</source>
        <translation>The contact with the citizen was recorded.</translation>
    </message>
    <message>
        <source>The rectification was closed.</source>
        <translation>The rectification was closed.</translation>
    </message>
    <message>
        <source>Rectifications of bad ratings — %1</source>
        <translation>Rectifications of bad ratings — %1</translation>
    </message>
    <message>
        <source>Rectifications of bad ratings</source>
        <translation>Rectifications of bad ratings</translation>
    </message>
    <message>
        <source>Open (overdue included)</source>
        <translation>Open (overdue included)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Include the halls below</source>
        <translation>Include the halls below</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
</context>
<context>
    <name>ow::DrillDownPanel</name>
    <message>
        <source>%1 tickets, the latest %2 shown</source>
        <translation>%1 tickets, the latest %2 shown</translation>
    </message>
    <message>
        <source>The tickets behind the figure; personal data masked.</source>
        <translation>The tickets behind the figure; personal data masked.</translation>
    </message>
    <message>
        <source>Double-click a figure to see the tickets behind it.</source>
        <translation>Double-click a figure to see the tickets behind it.</translation>
    </message>
    <message>
        <source>Double-click a row to go one level down.</source>
        <translation>Double-click a row to go one level down.</translation>
    </message>
    <message>
        <source>Halls of %1</source>
        <translation>Halls of %1</translation>
    </message>
    <message>
        <source> · %1</source>
        <translation> · %1</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Rank by:</source>
        <translation>Rank by:</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n ticket</numerusform>
            <numerusform>%n tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ow::FigureTableModel</name>
    <message>
        <source>Double-click to go one level down</source>
        <translation>Double-click to go one level down</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Hall</source>
        <translation>Hall</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <source>Teller</source>
        <translation>Teller</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Served</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>No-shows</translation>
    </message>
    <message>
        <source>Mean wait</source>
        <translation>Mean wait</translation>
    </message>
    <message>
        <source>90% waited at most</source>
        <translation>90% waited at most</translation>
    </message>
    <message>
        <source>Within the promise</source>
        <translation>Within the promise</translation>
    </message>
    <message>
        <source>Mean handling</source>
        <translation>Mean handling</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Ratings</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>Bad reviews</source>
        <translation>Bad reviews</translation>
    </message>
    <message>
        <source>Being rectified</source>
        <translation>Being rectified</translation>
    </message>
    <message>
        <source>Window open</source>
        <translation>Window open</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Idle</translation>
    </message>
    <message>
        <source>Open: open or paused. Idle: open, not paused, with no ticket at the window. A window left open counts until the hall&apos;s closing time.</source>
        <translation>Open: open or paused. Idle: open, not paused, with no ticket at the window. A window left open counts until the hall&apos;s closing time.</translation>
    </message>
    <message>
        <source>12333 complaints</source>
        <translation>12333 complaints</translation>
    </message>
</context>
<context>
    <name>ow::MyFiguresModel</name>
    <message>
        <source>Served</source>
        <translation>Served</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>Called</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>No-shows</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Transferred</translation>
    </message>
    <message>
        <source>Mean wait of my citizens</source>
        <translation>Mean wait of my citizens</translation>
    </message>
    <message>
        <source>Called within the promise</source>
        <translation>Called within the promise</translation>
    </message>
    <message>
        <source>Mean handling time</source>
        <translation>Mean handling time</translation>
    </message>
    <message>
        <source>Handled within the standard time</source>
        <translation>Handled within the standard time</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Ratings</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>Bad reviews</source>
        <translation>Bad reviews</translation>
    </message>
    <message>
        <source>Being rectified</source>
        <translation>Being rectified</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
</context>
<context>
    <name>ow::MyFiguresPage</name>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>As of %1</translation>
    </message>
    <message>
        <source>My figures · %1</source>
        <translation>My figures · %1</translation>
    </message>
    <message>
        <source>Served today</source>
        <translation>Served today</translation>
    </message>
    <message>
        <source>Satisfaction this month</source>
        <translation>Satisfaction this month</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>My ratings this month (satisfaction %1)</source>
        <translation>My ratings this month (satisfaction %1)</translation>
    </message>
    <message>
        <source>Mean handling today</source>
        <translation>Mean handling today</translation>
    </message>
    <message>
        <source>Served this month</source>
        <translation>Served this month</translation>
    </message>
</context>
<context>
    <name>ow::PerformanceCharts</name>
    <message>
        <source>Tickets issued by hour, %1</source>
        <translation>Tickets issued by hour, %1</translation>
    </message>
    <message>
        <source>Issued that day</source>
        <translation>Issued that day</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Called within the promise</source>
        <translation>Called within the promise</translation>
    </message>
    <message>
        <source>Called beyond the promise</source>
        <translation>Called beyond the promise</translation>
    </message>
    <message>
        <source>Minutes from issue to first call</source>
        <translation>Minutes from issue to first call</translation>
    </message>
    <message>
        <source>By window: %1</source>
        <translation>By window: %1</translation>
    </message>
    <message>
        <source>By teller: %1</source>
        <translation>By teller: %1</translation>
    </message>
    <message>
        <source>Nobody served yet</source>
        <translation>Nobody served yet</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Ratings (satisfaction %1)</source>
        <translation>Ratings (satisfaction %1)</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Ratings</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Served</translation>
    </message>
    <message>
        <source>Satisfaction (%)</source>
        <translation>Satisfaction (%)</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>Compare windows and tellers by:</source>
        <translation>Compare windows and tellers by:</translation>
    </message>
    <message>
        <source>Mean wait (minutes)</source>
        <translation>Mean wait (minutes)</translation>
    </message>
    <message>
        <source>Tickets issued by hour</source>
        <translation>Tickets issued by hour</translation>
    </message>
    <message>
        <source>Waiting time</source>
        <translation>Waiting time</translation>
    </message>
    <message>
        <source>By window</source>
        <translation>By window</translation>
    </message>
    <message>
        <source>By teller</source>
        <translation>By teller</translation>
    </message>
    <message>
        <source>The last 30 days</source>
        <translation>The last 30 days</translation>
    </message>
    <message numerus="yes">
        <source>Mean of the same weekday, last %n weeks</source>
        <translation>
            <numerusform>Mean of the same weekday, last week</numerusform>
            <numerusform>Mean of the same weekday, last %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting time (promise: %n minute(s))</source>
        <translation>
            <numerusform>Waiting time (promise: %n minute)</numerusform>
            <numerusform>Waiting time (promise: %n minutes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Promise: %n minute(s)</source>
        <translation>
            <numerusform>Promise: %n minute</numerusform>
            <numerusform>Promise: %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last %n days (days open)</source>
        <translation>
            <numerusform>The last day (days open)</numerusform>
            <numerusform>The last %n days (days open)</numerusform>
        </translation>
    </message>
    <message>
        <source>Hour of issue</source>
        <translation>Hour of issue</translation>
    </message>
</context>
<context>
    <name>ow::PerformancePage</name>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>%1 (%2 being rectified)</source>
        <translation>%1 (%2 being rectified)</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>As of %1</translation>
    </message>
    <message>
        <source>Hall:</source>
        <translation>Hall:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Yesterday</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>Chosen days</source>
        <translation>Chosen days</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Tickets issued</source>
        <translation>Tickets issued</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Served</translation>
    </message>
    <message>
        <source>Mean wait</source>
        <translation>Mean wait</translation>
    </message>
    <message>
        <source>Called within the promise</source>
        <translation>Called within the promise</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>Bad reviews</source>
        <translation>Bad reviews</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>Ranking and details</source>
        <translation>Ranking and details</translation>
    </message>
    <message>
        <source>Monthly assessment report…</source>
        <translation>Monthly assessment report…</translation>
    </message>
</context>
<context>
    <name>ow::PerformanceText</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>Not at a window</source>
        <translation>Not at a window</translation>
    </message>
    <message>
        <source>Window %1</source>
        <translation>Window %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No teller</source>
        <translation>No teller</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>Called</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Served</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>No-shows</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Transferred</translation>
    </message>
    <message>
        <source>Parked</source>
        <translation>Parked</translation>
    </message>
    <message>
        <source>Called within the promise</source>
        <translation>Called within the promise</translation>
    </message>
    <message>
        <source>Called beyond the promise</source>
        <translation>Called beyond the promise</translation>
    </message>
    <message>
        <source>Rated</source>
        <translation>Rated</translation>
    </message>
    <message>
        <source>Bad reviews</source>
        <translation>Bad reviews</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>Mean wait</source>
        <translation>Mean wait</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>ow::TicketTableModel</name>
    <message>
        <source>Served</source>
        <translation>Served</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No-show</translation>
    </message>
    <message>
        <source>Called, not finished</source>
        <translation>Called, not finished</translation>
    </message>
    <message>
        <source>Never called</source>
        <translation>Never called</translation>
    </message>
    <message>
        <source>transferred</source>
        <translation>transferred</translation>
    </message>
    <message>
        <source>parked</source>
        <translation>parked</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Called later than the hall&apos;s promise</source>
        <translation>Called later than the hall&apos;s promise</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Issued at</source>
        <translation>Issued at</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <source>Teller</source>
        <translation>Teller</translation>
    </message>
    <message>
        <source>Matters</source>
        <translation>Matters</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Wait</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>Resident ID</source>
        <translation>Resident ID</translation>
    </message>
</context>
<context>
    <name>ow::TodayFiguresStrip</name>
    <message>
        <source>Served today</source>
        <translation>Served today</translation>
    </message>
    <message>
        <source>Mean wait</source>
        <translation>Mean wait</translation>
    </message>
    <message>
        <source>Called within the promise</source>
        <translation>Called within the promise</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
</context>
<context>
    <name>ow::AssessmentDocument</name>
    <message>
        <source>Ranked by tickets served in the month, most first; equal counts share a place and are listed by satisfaction. Satisfaction is the share of ratings that are very satisfied or satisfied.</source>
        <translation>Ranked by tickets served in the month, most first; equal counts share a place and are listed by satisfaction. Satisfaction is the share of ratings that are very satisfied or satisfied.</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 monthly assessment report — %2</source>
        <translation>%1 monthly assessment report — %2</translation>
    </message>
    <message>
        <source>1,2,3,4,5,6,7,8</source>
        <translation>1,2,3,4,5,6,7,8</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>All ratings</source>
        <translation>All ratings</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Ratings</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Satisfaction: %1.</source>
        <translation>Satisfaction: %1.</translation>
    </message>
    <message>
        <source>Nobody served at a window this month.</source>
        <translation>Nobody served at a window this month.</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Served</translation>
    </message>
    <message>
        <source>Mean wait</source>
        <translation>Mean wait</translation>
    </message>
    <message>
        <source>Called within the promise</source>
        <translation>Called within the promise</translation>
    </message>
    <message>
        <source>Mean handling</source>
        <translation>Mean handling</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>Bad reviews</source>
        <translation>Bad reviews</translation>
    </message>
    <message>
        <source>Tickets issued</source>
        <translation>Tickets issued</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>No-shows</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Transferred</translation>
    </message>
    <message>
        <source>Handled within the standard time</source>
        <translation>Handled within the standard time</translation>
    </message>
    <message>
        <source>Rectifications</source>
        <translation>Rectifications</translation>
    </message>
    <message>
        <source>%1 closed, %2 open, %3 overdue</source>
        <translation>%1 closed, %2 open, %3 overdue</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Completed on the spot</source>
        <translation>Completed on the spot</translation>
    </message>
    <message>
        <source>Refused at the window</source>
        <translation>Refused at the window</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Decided within the time limit</source>
        <translation>Decided within the time limit</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>Not assigned</translation>
    </message>
    <message>
        <source>By reviewer (the hall&apos;s own back office):</source>
        <translation>By reviewer (the hall&apos;s own back office):</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Decided</translation>
    </message>
    <message>
        <source>Rectified, after the due day</source>
        <translation>Rectified, after the due day</translation>
    </message>
    <message>
        <source>Rectified in time</source>
        <translation>Rectified in time</translation>
    </message>
    <message>
        <source>Overdue, not rectified</source>
        <translation>Overdue, not rectified</translation>
    </message>
    <message>
        <source>Being rectified</source>
        <translation>Being rectified</translation>
    </message>
    <message>
        <source>%1. Ticket %2, %3, %4, %5, %6: %7</source>
        <translation>%1. Ticket %2, %3, %4, %5, %6: %7</translation>
    </message>
    <message>
        <source>%1 by %2 (%3): %4</source>
        <translation>%1 by %2 (%3): %4</translation>
    </message>
    <message>
        <source> — %1</source>
        <translation> — %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Due day</source>
        <translation>Due day</translation>
    </message>
    <message>
        <source>Contacts with the citizen</source>
        <translation>Contacts with the citizen</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>Action taken</translation>
    </message>
    <message>
        <source>Citizen&apos;s answer</source>
        <translation>Citizen&apos;s answer</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 by %2</translation>
    </message>
    <message>
        <source>No contact yet</source>
        <translation>No contact yet</translation>
    </message>
    <message>
        <source>No bad reviews this month.</source>
        <translation>No bad reviews this month.</translation>
    </message>
    <message>
        <source>More bad reviews than one report lists; the latest are shown.</source>
        <translation>More bad reviews than one report lists; the latest are shown.</translation>
    </message>
    <message>
        <source>Place %1 of %2 tellers (by tickets served).</source>
        <translation>Place %1 of %2 tellers (by tickets served).</translation>
    </message>
    <message>
        <source>Not ranked: no ticket ended at this teller.</source>
        <translation>Not ranked: no ticket ended at this teller.</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>This teller</source>
        <translation>This teller</translation>
    </message>
    <message>
        <source>Hall average</source>
        <translation>Hall average</translation>
    </message>
    <message>
        <source>Hall average: counts per teller of the hall; waits, handling and shares of the whole hall.</source>
        <translation>Hall average: counts per teller of the hall; waits, handling and shares of the whole hall.</translation>
    </message>
    <message>
        <source>Figures and place</source>
        <translation>Figures and place</translation>
    </message>
    <message>
        <source>Ratings by level</source>
        <translation>Ratings by level</translation>
    </message>
    <message>
        <source>Bad reviews and their rectification</source>
        <translation>Bad reviews and their rectification</translation>
    </message>
    <message>
        <source>Queue and service</source>
        <translation>Queue and service</translation>
    </message>
    <message>
        <source>Windows ranked</source>
        <translation>Windows ranked</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <source>Tellers ranked</source>
        <translation>Tellers ranked</translation>
    </message>
    <message>
        <source>Teller</source>
        <translation>Teller</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Period: %1 to %2 · Generated: %3</source>
        <translation>Period: %1 to %2 · Generated: %3</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>ow::AssessmentDialog</name>
    <message>
        <source>Save the report as PDF</source>
        <translation>Save the report as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Loading the month&apos;s figures…</source>
        <translation>Loading the month&apos;s figures…</translation>
    </message>
    <message>
        <source>Figures as of %1.</source>
        <translation>Figures as of %1.</translation>
    </message>
    <message>
        <source>The whole hall</source>
        <translation>The whole hall</translation>
    </message>
    <message>
        <source>The month&apos;s figures are not loaded yet.</source>
        <translation>The month&apos;s figures are not loaded yet.</translation>
    </message>
    <message>
        <source>This teller has no figures in the month.</source>
        <translation>This teller has no figures in the month.</translation>
    </message>
    <message>
        <source>Served %1 · satisfaction %2 · %3 bad reviews, %4 rectified</source>
        <translation>Served %1 · satisfaction %2 · %3 bad reviews, %4 rectified</translation>
    </message>
    <message>
        <source>Place %1 of %2 tellers.</source>
        <translation>Place %1 of %2 tellers.</translation>
    </message>
    <message>
        <source>Sent to %1.</source>
        <translation>Sent to %1.</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>Not saved.</translation>
    </message>
    <message>
        <source>Monthly assessment report</source>
        <translation>Monthly assessment report</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>Month:</translation>
    </message>
    <message>
        <source>Report for:</source>
        <translation>Report for:</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ow::Risk</name>
    <message>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Dismissed</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Escalated</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
</context>
<context>
    <name>ow::PurposeDialog</name>
    <message>
        <source>Show full personal data</source>
        <translation>Show full personal data</translation>
    </message>
    <message>
        <source>You are not working on case %1, so its applicant&apos;s personal data is masked. To see it in full, say why. Your name, this computer, the time and the reason are recorded in the audit trail.</source>
        <translation>You are not working on case %1, so its applicant&apos;s personal data is masked. To see it in full, say why. Your name, this computer, the time and the reason are recorded in the audit trail.</translation>
    </message>
    <message>
        <source>Choose a common reason…</source>
        <translation>Choose a common reason…</translation>
    </message>
    <message>
        <source>The applicant called about the progress of the case</source>
        <translation>The applicant called about the progress of the case</translation>
    </message>
    <message>
        <source>Checking a complaint or report about the case</source>
        <translation>Checking a complaint or report about the case</translation>
    </message>
    <message>
        <source>Helping the staff handling the case</source>
        <translation>Helping the staff handling the case</translation>
    </message>
    <message>
        <source>Verifying the applicant&apos;s identity at the window</source>
        <translation>Verifying the applicant&apos;s identity at the window</translation>
    </message>
    <message>
        <source>Or write the reason in your own words</source>
        <translation>Or write the reason in your own words</translation>
    </message>
    <message>
        <source>At least %1 characters.</source>
        <translation>At least %1 characters.</translation>
    </message>
    <message>
        <source>Show full data</source>
        <translation>Show full data</translation>
    </message>
</context>
<context>
    <name>ow::TlsTrust</name>
    <message>
        <source>The CA file %1 does not exist.</source>
        <translation>The CA file %1 does not exist.</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read (%2).</source>
        <translation>The CA file %1 cannot be read (%2).</translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation>The CA file %1 holds no PEM certificate.</translation>
    </message>
    <message>
        <source>No secure connection to %1 could be set up (%2). Nothing was sent to it.</source>
        <translation>No secure connection to %1 could be set up (%2). Nothing was sent to it.</translation>
    </message>
    <message>
        <source>The server %1 could not be verified (%2), so nothing was sent to it. Its certificate must be issued by the certificate authority in %3: ask the hall&apos;s IT officer.</source>
        <translation>The server %1 could not be verified (%2), so nothing was sent to it. Its certificate must be issued by the certificate authority in %3: ask the hall&apos;s IT officer.</translation>
    </message>
    <message>
        <source>The server %1 could not be verified (%2), so nothing was sent to it. If the hall uses its own certificate authority, give its CA file (--ca-file): ask the hall&apos;s IT officer.</source>
        <translation>The server %1 could not be verified (%2), so nothing was sent to it. If the hall uses its own certificate authority, give its CA file (--ca-file): ask the hall&apos;s IT officer.</translation>
    </message>
</context>
<context>
    <name>ow::RiskAlertTableModel</name>
    <message>
        <source>Staff %1 (%2)</source>
        <translation>Staff %1 (%2)</translation>
    </message>
    <message>
        <source>Staff %1</source>
        <translation>Staff %1</translation>
    </message>
    <message>
        <source>Resident %1</source>
        <translation>Resident %1</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation>Ticket %1</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Case %1</translation>
    </message>
    <message>
        <source>Queue record</source>
        <translation>Queue record</translation>
    </message>
    <message>
        <source>Case record</source>
        <translation>Case record</translation>
    </message>
    <message>
        <source>Citizen lookup</source>
        <translation>Citizen lookup</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Dismissed</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Escalated</translation>
    </message>
    <message>
        <source>Waiting for %1</source>
        <translation>Waiting for %1</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Hall</source>
        <translation>Hall</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Raised at</source>
        <translation>Raised at</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
</context>
<context>
    <name>ow::RiskAlertForm</name>
    <message>
        <source>Choose confirm, dismiss or escalate.</source>
        <translation>Choose confirm, dismiss or escalate.</translation>
    </message>
    <message>
        <source>Select an alert in the list.</source>
        <translation>Select an alert in the list.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · level %2 · %3&lt;br&gt;%4 · %5 · service day %6&lt;br&gt;%7&lt;br&gt;&lt;span style=&apos;color:#5f6368&apos;&gt;Raised %8 · rule set version %9&lt;/span&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · level %2 · %3&lt;br&gt;%4 · %5 · service day %6&lt;br&gt;%7&lt;br&gt;&lt;span style=&apos;color:#5f6368&apos;&gt;Raised %8 · rule set version %9&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Escalated to %1</source>
        <translation>Escalated to %1</translation>
    </message>
    <message>
        <source>This alert has been disposed of.</source>
        <translation>This alert has been disposed of.</translation>
    </message>
    <message>
        <source>This alert waits for the supervisors of %1.</source>
        <translation>This alert waits for the supervisors of %1.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Disposal history</source>
        <translation>Disposal history</translation>
    </message>
    <message>
        <source>Disposal</source>
        <translation>Disposal</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Hall</source>
        <translation>Hall</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Dispose of the alert</source>
        <translation>Dispose of the alert</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Decision:</translation>
    </message>
    <message>
        <source>Confirm the risk</source>
        <translation>Confirm the risk</translation>
    </message>
    <message>
        <source>Dismiss (false alarm)</source>
        <translation>Dismiss (false alarm)</translation>
    </message>
    <message>
        <source>Escalate to the hall above</source>
        <translation>Escalate to the hall above</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Required to dismiss or escalate</source>
        <translation>Required to dismiss or escalate</translation>
    </message>
    <message>
        <source>Submit disposal</source>
        <translation>Submit disposal</translation>
    </message>
</context>
<context>
    <name>ow::RiskPage</name>
    <message>
        <source>Listed: %1</source>
        <translation>Listed: %1</translation>
    </message>
    <message>
        <source>The disposal was recorded.</source>
        <translation>The disposal was recorded.</translation>
    </message>
    <message>
        <source>Risk alerts — %1</source>
        <translation>Risk alerts — %1</translation>
    </message>
    <message>
        <source>Risk alerts</source>
        <translation>Risk alerts</translation>
    </message>
    <message>
        <source>&lt;b&gt;Today&lt;/b&gt; (%1): &lt;b&gt;%2&lt;/b&gt; raised · &lt;b style=&apos;color:#b3261e&apos;&gt;%3&lt;/b&gt; waiting for a decision · &lt;b&gt;%4&lt;/b&gt; disposed of</source>
        <translation>&lt;b&gt;Today&lt;/b&gt; (%1): &lt;b&gt;%2&lt;/b&gt; raised · &lt;b style=&apos;color:#b3261e&apos;&gt;%3&lt;/b&gt; waiting for a decision · &lt;b&gt;%4&lt;/b&gt; disposed of</translation>
    </message>
    <message>
        <source>&lt;b&gt;Today&lt;/b&gt;: the figures could not be read.</source>
        <translation>&lt;b&gt;Today&lt;/b&gt;: the figures could not be read.</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>All levels</translation>
    </message>
    <message>
        <source>Level: %1</source>
        <translation>Level: %1</translation>
    </message>
    <message>
        <source>%1 and the halls below</source>
        <translation>%1 and the halls below</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Rules…</source>
        <translation>Rules…</translation>
    </message>
    <message>
        <source>Risk rules</source>
        <translation>Risk rules</translation>
    </message>
</context>
<context>
    <name>ow::RiskRuleText</name>
    <message>
        <source>Matters watched</source>
        <translation>Matters watched</translation>
    </message>
    <message>
        <source>Look-back period</source>
        <translation>Look-back period</translation>
    </message>
    <message>
        <source>days</source>
        <translation>days</translation>
    </message>
    <message>
        <source>Retirement age, men</source>
        <translation>Retirement age, men</translation>
    </message>
    <message>
        <source>Retirement age, women</source>
        <translation>Retirement age, women</translation>
    </message>
    <message>
        <source>years</source>
        <translation>years</translation>
    </message>
    <message>
        <source>Most per teller per day</source>
        <translation>Most per teller per day</translation>
    </message>
    <message>
        <source>times</source>
        <translation>times</translation>
    </message>
    <message>
        <source>Above the hall&apos;s norm by</source>
        <translation>Above the hall&apos;s norm by</translation>
    </message>
    <message>
        <source>× the norm</source>
        <translation>× the norm</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>Counted from</translation>
    </message>
    <message>
        <source>occurrences</source>
        <translation>occurrences</translation>
    </message>
    <message>
        <source>of the usual service time</source>
        <translation>of the usual service time</translation>
    </message>
    <message>
        <source>Grace around opening hours</source>
        <translation>Grace around opening hours</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>Most lookups per hour</source>
        <translation>Most lookups per hour</translation>
    </message>
    <message>
        <source>lookups</source>
        <translation>lookups</translation>
    </message>
    <message>
        <source>Warn ahead by</source>
        <translation>Warn ahead by</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>working days</translation>
    </message>
    <message numerus="yes">
        <source>%n matter(s)</source>
        <translation>
            <numerusform>%n matter(s)</numerusform>
            <numerusform>%n matter(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>No parameters</source>
        <translation>No parameters</translation>
    </message>
    <message>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>shipped with the server</source>
        <translation>shipped with the server</translation>
    </message>
    <message>
        <source>saved by %1 at %2</source>
        <translation>saved by %1 at %2</translation>
    </message>
    <message>
        <source>Very short below</source>
        <translation>Very short below</translation>
    </message>
</context>
<context>
    <name>ow::RiskRuleTableModel</name>
    <message>
        <source>%1 (changed)</source>
        <translation>%1 (changed)</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Runs</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
</context>
<context>
    <name>ow::RiskRuleVersionModel</name>
    <message>
        <source>The rules shipped with the server</source>
        <translation>The rules shipped with the server</translation>
    </message>
    <message>
        <source>No rule changed</source>
        <translation>No rule changed</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 (in force)</source>
        <translation>%1 (in force)</translation>
    </message>
    <message>
        <source>(shipped)</source>
        <translation>(shipped)</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Saved by</source>
        <translation>Saved by</translation>
    </message>
    <message>
        <source>Saved at</source>
        <translation>Saved at</translation>
    </message>
    <message>
        <source>Rules changed</source>
        <translation>Rules changed</translation>
    </message>
</context>
<context>
    <name>ow::RiskRuleEditor</name>
    <message>
        <source>Catalogue codes of the matters, separated by commas</source>
        <translation>Catalogue codes of the matters, separated by commas</translation>
    </message>
    <message>
        <source>This rule has no parameters.</source>
        <translation>This rule has no parameters.</translation>
    </message>
    <message>
        <source>Select a rule to see its settings.</source>
        <translation>Select a rule to see its settings.</translation>
    </message>
    <message>
        <source>Read only: only the city&apos;s administrator changes the rules, and only in the version in force.</source>
        <translation>Read only: only the city&apos;s administrator changes the rules, and only in the version in force.</translation>
    </message>
    <message>
        <source>Alert level</source>
        <translation>Alert level</translation>
    </message>
    <message>
        <source>The rule runs</source>
        <translation>The rule runs</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>From %1 to %2</translation>
    </message>
</context>
<context>
    <name>ow::RiskRulesPage</name>
    <message>
        <source>Save as a new version</source>
        <translation>Save as a new version</translation>
    </message>
    <message numerus="yes">
        <source>Save the changes to %n rule(s) as version %1 of the risk rules? Every hall&apos;s checks use it from their next run; alerts already raised keep the version that raised them.</source>
        <translation>
            <numerusform>Save the changes to %n rule(s) as version %1 of the risk rules? Every hall&apos;s checks use it from their next run; alerts already raised keep the version that raised them.</numerusform>
            <numerusform>Save the changes to %n rule(s) as version %1 of the risk rules? Every hall&apos;s checks use it from their next run; alerts already raised keep the version that raised them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Saved as version %1. The rules run with it from their next check.</source>
        <translation>Saved as version %1. The rules run with it from their next check.</translation>
    </message>
    <message>
        <source>The server did not take the rules: see the rules marked in red.</source>
        <translation>The server did not take the rules: see the rules marked in red.</translation>
    </message>
    <message>
        <source>The risk rules every hall&apos;s checks run by. Select a rule to change its level, whether it runs and its parameters, then save the whole set as a new version; earlier versions stay readable below, and alerts keep the version that raised them.</source>
        <translation>The risk rules every hall&apos;s checks run by. Select a rule to change its level, whether it runs and its parameters, then save the whole set as a new version; earlier versions stay readable below, and alerts keep the version that raised them.</translation>
    </message>
    <message>
        <source>The risk rules every hall&apos;s checks run by (read only: only the city&apos;s administrator changes them).</source>
        <translation>The risk rules every hall&apos;s checks run by (read only: only the city&apos;s administrator changes them).</translation>
    </message>
    <message>
        <source>Viewing version %1 (read only), %2.</source>
        <translation>Viewing version %1 (read only), %2.</translation>
    </message>
    <message>
        <source>Version %1 in force, %2.</source>
        <translation>Version %1 in force, %2.</translation>
    </message>
    <message>
        <source>Changes not saved yet.</source>
        <translation>Changes not saved yet.</translation>
    </message>
    <message>
        <source>The rules have not been read yet.</source>
        <translation>The rules have not been read yet.</translation>
    </message>
    <message>
        <source>Back to the version in force</source>
        <translation>Back to the version in force</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;Discard changes</translation>
    </message>
    <message>
        <source>&amp;Save as a new version…</source>
        <translation>&amp;Save as a new version…</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
</context>
<context>
    <name>ow::PrecheckText</name>
    <message numerus="yes">
        <source>Materials pre-checked at the guide desk: all %n present</source>
        <translation>
            <numerusform>Materials pre-checked at the guide desk: all %n present</numerusform>
            <numerusform>Materials pre-checked at the guide desk: all %n present</numerusform>
        </translation>
    </message>
    <message>
        <source>Materials pre-checked at the guide desk: %1 of %2, missing %3</source>
        <translation>Materials pre-checked at the guide desk: %1 of %2, missing %3</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ow::MatterResultModel</name>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>pinyin initials</source>
        <translation>pinyin initials</translation>
    </message>
    <message>
        <source>category</source>
        <translation>category</translation>
    </message>
    <message>
        <source>materials</source>
        <translation>materials</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 “%2”</translation>
    </message>
    <message>
        <source>Matched: %1</source>
        <translation>Matched: %1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ow::MaterialCheckModel</name>
    <message>
        <source>%1 (if applicable)</source>
        <translation>%1 (if applicable)</translation>
    </message>
</context>
<context>
    <name>ow::OneTimeNotice</name>
    <message>
        <source>One-time notice</source>
        <translation>One-time notice</translation>
    </message>
    <message>
        <source>To apply for “%1” (%2, %3), please bring:</source>
        <translation>To apply for “%1” (%2, %3), please bring:</translation>
    </message>
    <message>
        <source>not brought yet</source>
        <translation>not brought yet</translation>
    </message>
    <message>
        <source>Originals are checked at the window and handed back; copies are kept. Materials marked “if applicable” are needed only where they apply to you.</source>
        <translation>Originals are checked at the window and handed back; copies are kept. Materials marked “if applicable” are needed only where they apply to you.</translation>
    </message>
    <message>
        <source>(if applicable)</source>
        <translation>(if applicable)</translation>
    </message>
</context>
<context>
    <name>ow::GuidePage</name>
    <message>
        <source>No matter matches “%1”.</source>
        <translation>No matter matches “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>Matters found: %n</source>
        <translation>
            <numerusform>Matters found: %n</numerusform>
            <numerusform>Matters found: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Look up a matter: its name, code, pinyin initials, or the citizen&apos;s question.</source>
        <translation>Look up a matter: its name, code, pinyin initials, or the citizen&apos;s question.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Consultation: not started</source>
        <translation>Consultation: not started</translation>
    </message>
    <message>
        <source>Consultation: %1:%2</source>
        <translation>Consultation: %1:%2</translation>
    </message>
    <message numerus="yes">
        <source>Ticket issued: %n waiting ahead.</source>
        <translation>
            <numerusform>Ticket issued: %n waiting ahead.</numerusform>
            <numerusform>Ticket issued: %n waiting ahead.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ticket issued.</source>
        <translation>Ticket issued.</translation>
    </message>
    <message>
        <source>Consultation logged (%1 min %2 s).</source>
        <translation>Consultation logged (%1 min %2 s).</translation>
    </message>
    <message>
        <source>Matter name, code, pinyin initials (e.g. shbzk) or the citizen&apos;s question</source>
        <translation>Matter name, code, pinyin initials (e.g. shbzk) or the citizen&apos;s question</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>Look up</translation>
    </message>
    <message>
        <source>Matters found</source>
        <translation>Matters found</translation>
    </message>
    <message>
        <source>Consultation only</source>
        <translation>Consultation only</translation>
    </message>
    <message>
        <source>Issue ticket</source>
        <translation>Issue ticket</translation>
    </message>
</context>
<context>
    <name>ow::CoverageText</name>
    <message>
        <source>City hall</source>
        <translation>City hall</translation>
    </message>
    <message>
        <source>District / county hall</source>
        <translation>District / county hall</translation>
    </message>
    <message>
        <source>Township / street centre</source>
        <translation>Township / street centre</translation>
    </message>
    <message>
        <source>Community service station</source>
        <translation>Community service station</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message numerus="yes">
        <source>about %n min</source>
        <translation>
            <numerusform>about %n min</numerusform>
            <numerusform>about %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 h %2 min</source>
        <translation>about %1 h %2 min</translation>
    </message>
</context>
<context>
    <name>ow::NearbyHallsModel</name>
    <message>
        <source>%1 on foot</source>
        <translation>%1 on foot</translation>
    </message>
    <message>
        <source>%1 by bus or car</source>
        <translation>%1 by bus or car</translation>
    </message>
    <message>
        <source>Hall</source>
        <translation>Hall</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <source>Travel time</source>
        <translation>Travel time</translation>
    </message>
</context>
<context>
    <name>ow::NearbyHallsPanel</name>
    <message>
        <source>Enter the place as latitude (-90 to 90) and longitude (-180 to 180), e.g. 31.4679 and 104.6796.</source>
        <translation>Enter the place as latitude (-90 to 90) and longitude (-180 to 180), e.g. 31.4679 and 104.6796.</translation>
    </message>
    <message>
        <source>Your hall has no place on the map yet; choose a place instead.</source>
        <translation>Your hall has no place on the map yet; choose a place instead.</translation>
    </message>
    <message>
        <source>Looking for the nearest halls…</source>
        <translation>Looking for the nearest halls…</translation>
    </message>
    <message>
        <source>The server cannot be reached: the nearest halls are not known offline.</source>
        <translation>The server cannot be reached: the nearest halls are not known offline.</translation>
    </message>
    <message>
        <source>No hall on the map may accept this matter.</source>
        <translation>No hall on the map may accept this matter.</translation>
    </message>
    <message numerus="yes">
        <source>%n hall(s) within 15 minutes.</source>
        <translation>
            <numerusform>%n hall(s) within 15 minutes.</numerusform>
            <numerusform>%n hall(s) within 15 minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>No hall that may accept this matter is within 15 minutes from here.</source>
        <translation>No hall that may accept this matter is within 15 minutes from here.</translation>
    </message>
    <message>
        <source>Nearby halls that can handle it</source>
        <translation>Nearby halls that can handle it</translation>
    </message>
    <message>
        <source>Travel times are estimates: the straight line × 1.3, on foot at 4.5 km/h or by bus or car at 25 km/h plus 5 minutes, whichever is faster.</source>
        <translation>Travel times are estimates: the straight line × 1.3, on foot at 4.5 km/h or by bus or car at 25 km/h plus 5 minutes, whichever is faster.</translation>
    </message>
    <message>
        <source>From my hall</source>
        <translation>From my hall</translation>
    </message>
    <message>
        <source>From a place…</source>
        <translation>From a place…</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
</context>
<context>
    <name>ow::CoverageMatterModel</name>
    <message>
        <source>City hall only</source>
        <translation>City hall only</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>Matter</translation>
    </message>
    <message>
        <source>Halls that may accept it</source>
        <translation>Halls that may accept it</translation>
    </message>
    <message>
        <source>Within 15 min</source>
        <translation>Within 15 min</translation>
    </message>
    <message>
        <source>If delegated further</source>
        <translation>If delegated further</translation>
    </message>
    <message>
        <source>the city hall</source>
        <translation>the city hall</translation>
    </message>
    <message>
        <source>district / county halls</source>
        <translation>district / county halls</translation>
    </message>
    <message>
        <source>township / street centres</source>
        <translation>township / street centres</translation>
    </message>
    <message>
        <source>community service stations</source>
        <translation>community service stations</translation>
    </message>
    <message>
        <source>Delegating “%1” to %2 raises coverage from %3 to %4.</source>
        <translation>Delegating “%1” to %2 raises coverage from %3 to %4.</translation>
    </message>
    <message>
        <source>District halls and above</source>
        <translation>District halls and above</translation>
    </message>
    <message>
        <source>Township centres and above</source>
        <translation>Township centres and above</translation>
    </message>
    <message>
        <source>Every hall</source>
        <translation>Every hall</translation>
    </message>
    <message numerus="yes">
        <source>Delegating “%1” and %n other matter(s) like it to %2 raises the coverage of each from %3 to %4.</source>
        <translation>
            <numerusform>Delegating “%1” and %n other matter(s) like it to %2 raises the coverage of each from %3 to %4.</numerusform>
            <numerusform>Delegating “%1” and %n other matter(s) like it to %2 raises the coverage of each from %3 to %4.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ow::CoverageMapWidget</name>
    <message>
        <source>Loading the coverage report…</source>
        <translation>Loading the coverage report…</translation>
    </message>
    <message>
        <source>%1 — %2 of residents within 15 minutes</source>
        <translation>%1 — %2 of residents within 15 minutes</translation>
    </message>
    <message>
        <source>Choose a matter to see who lives within 15 minutes of a hall that can handle it</source>
        <translation>Choose a matter to see who lives within 15 minutes of a hall that can handle it</translation>
    </message>
    <message>
        <source>Hall that can handle it</source>
        <translation>Hall that can handle it</translation>
    </message>
    <message>
        <source>Hall that cannot</source>
        <translation>Hall that cannot</translation>
    </message>
    <message>
        <source>Residents within 15 minutes</source>
        <translation>Residents within 15 minutes</translation>
    </message>
    <message>
        <source>Residents farther away</source>
        <translation>Residents farther away</translation>
    </message>
    <message>
        <source>Hall</source>
        <translation>Hall</translation>
    </message>
    <message>
        <source>Community (size: population)</source>
        <translation>Community (size: population)</translation>
    </message>
    <message>
        <source>15-minute reach by bus or car</source>
        <translation>15-minute reach by bus or car</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %n resident(s)</source>
        <translation>
            <numerusform>%1, %2: %n resident(s)</numerusform>
            <numerusform>%1, %2: %n resident(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>nearest hall that can handle it: %1</source>
        <translation>nearest hall that can handle it: %1</translation>
    </message>
</context>
<context>
    <name>ow::CoveragePage</name>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>The server cannot be reached.</source>
        <translation>The server cannot be reached.</translation>
    </message>
    <message numerus="yes">
        <source>%n community point(s), %1 residents; populations are illustrative.</source>
        <translation>
            <numerusform>%n community point(s), %1 residents; populations are illustrative.</numerusform>
            <numerusform>%n community point(s), %1 residents; populations are illustrative.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every matter already reaches as many residents as the halls allow.</source>
        <translation>Every matter already reaches as many residents as the halls allow.</translation>
    </message>
    <message>
        <source>The 15-minute circle: for each matter, the share of residents who live within 15 minutes of a hall that may accept it. Choose a matter to see it on the map.</source>
        <translation>The 15-minute circle: for each matter, the share of residents who live within 15 minutes of a hall that may accept it. Choose a matter to see it on the map.</translation>
    </message>
    <message>
        <source>Delegations that would raise coverage most</source>
        <translation>Delegations that would raise coverage most</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Whole city</source>
        <translation>Whole city</translation>
    </message>
    <message>
        <source>Central urban area</source>
        <translation>Central urban area</translation>
    </message>
</context>
<context>
    <name>ow::RiskMessages</name>
    <message>
        <source>%1 claimed again in %2 (earlier %3, %4 days before; period %5 days)</source>
        <translation>%1 claimed again in %2 (earlier %3, %4 days before; period %5 days)</translation>
    </message>
    <message>
        <source>%1 %2 for %3, aged %4 (male, retirement age %5)</source>
        <translation>%1 %2 for %3, aged %4 (male, retirement age %5)</translation>
    </message>
    <message>
        <source>%1 %2 for %3, aged %4 (female, retirement age %5)</source>
        <translation>%1 %2 for %3, aged %4 (female, retirement age %5)</translation>
    </message>
    <message>
        <source>%1 handled ticket %2 of their own ID number</source>
        <translation>%1 handled ticket %2 of their own ID number</translation>
    </message>
    <message>
        <source>%1 handled case %2 of their own ID number</source>
        <translation>%1 handled case %2 of their own ID number</translation>
    </message>
    <message>
        <source>%1 called %2 tickets out of order on %3 (threshold %4)</source>
        <translation>%1 called %2 tickets out of order on %3 (threshold %4)</translation>
    </message>
    <message>
        <source>%1 called %2 numbers they issued themselves, none from the kiosk, on %3 (threshold %4)</source>
        <translation>%1 called %2 numbers they issued themselves, none from the kiosk, on %3 (threshold %4)</translation>
    </message>
    <message>
        <source>%1: %2 no shows of %3 tickets called on %4; the hall&apos;s other tellers %5 of %6 (factor %7)</source>
        <translation>%1: %2 no shows of %3 tickets called on %4; the hall&apos;s other tellers %5 of %6 (factor %7)</translation>
    </message>
    <message>
        <source>%1: %2 transfers of %3 tickets called on %4; the hall&apos;s other tellers %5 of %6 (factor %7)</source>
        <translation>%1: %2 transfers of %3 tickets called on %4; the hall&apos;s other tellers %5 of %6 (factor %7)</translation>
    </message>
    <message>
        <source>%1: %2 short services of %3 tickets called on %4; the hall&apos;s other tellers %5 of %6 (factor %7)</source>
        <translation>%1: %2 short services of %3 tickets called on %4; the hall&apos;s other tellers %5 of %6 (factor %7)</translation>
    </message>
    <message>
        <source>%1: %2 operations outside %3–%4 on %5 (grace %6 min)</source>
        <translation>%1: %2 operations outside %3–%4 on %5 (grace %6 min)</translation>
    </message>
    <message>
        <source>%1: %2 operations on %3, a day the hall is closed</source>
        <translation>%1: %2 operations on %3, a day the hall is closed</translation>
    </message>
    <message>
        <source>%1 looked up %2 people within an hour from %3 (threshold %4 per hour)</source>
        <translation>%1 looked up %2 people within an hour from %3 (threshold %4 per hour)</translation>
    </message>
    <message>
        <source>%1 refused %2 of %3 applications on %4; the hall&apos;s other tellers %5 of %6 (factor %7)</source>
        <translation>%1 refused %2 of %3 applications on %4; the hall&apos;s other tellers %5 of %6 (factor %7)</translation>
    </message>
    <message>
        <source>%1 approved %2 of %3&apos;s cases in %4 days to %5 — %2 of the %6 approvals of them, by chance about %7</source>
        <translation>%1 approved %2 of %3&apos;s cases in %4 days to %5 — %2 of the %6 approvals of them, by chance about %7</translation>
    </message>
    <message>
        <source>%1 %2 (%3) is due %4</source>
        <translation>%1 %2 (%3) is due %4</translation>
    </message>
    <message>
        <source>%1 %2 (%3) was due %4, overdue</source>
        <translation>%1 %2 (%3) was due %4, overdue</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 at window %3</source>
        <translation>%1 %2 at window %3</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>looked up %1</source>
        <translation>looked up %1</translation>
    </message>
    <message>
        <source>called out of order</source>
        <translation>called out of order</translation>
    </message>
    <message>
        <source>called out of order: %1</source>
        <translation>called out of order: %1</translation>
    </message>
    <message>
        <source>called by the same teller</source>
        <translation>called by the same teller</translation>
    </message>
    <message>
        <source>served in %1 s</source>
        <translation>served in %1 s</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>issued</translation>
    </message>
    <message>
        <source>called</source>
        <translation>called</translation>
    </message>
    <message>
        <source>called again</source>
        <translation>called again</translation>
    </message>
    <message>
        <source>service started</source>
        <translation>service started</translation>
    </message>
    <message>
        <source>stepped away</source>
        <translation>stepped away</translation>
    </message>
    <message>
        <source>back in the line</source>
        <translation>back in the line</translation>
    </message>
    <message>
        <source>transferred</source>
        <translation>transferred</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>finished</translation>
    </message>
    <message>
        <source>no-show</source>
        <translation>no-show</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>rectification opened</source>
        <translation>rectification opened</translation>
    </message>
    <message>
        <source>rectification followed up</source>
        <translation>rectification followed up</translation>
    </message>
    <message>
        <source>rectification closed</source>
        <translation>rectification closed</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>completed on the spot</source>
        <translation>completed on the spot</translation>
    </message>
    <message>
        <source>submitted online</source>
        <translation>submitted online</translation>
    </message>
    <message>
        <source>verified and accepted</source>
        <translation>verified and accepted</translation>
    </message>
    <message>
        <source>assigned</source>
        <translation>assigned</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>returned for more documents</source>
        <translation>returned for more documents</translation>
    </message>
    <message>
        <source>more documents received</source>
        <translation>more documents received</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>escalated</translation>
    </message>
    <message>
        <source>handed out</source>
        <translation>handed out</translation>
    </message>
    <message>
        <source>kiosk</source>
        <translation>kiosk</translation>
    </message>
    <message>
        <source>appointment</source>
        <translation>appointment</translation>
    </message>
    <message>
        <source>hotline</source>
        <translation>hotline</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>in review</source>
        <translation>in review</translation>
    </message>
    <message>
        <source>first approval given</source>
        <translation>first approval given</translation>
    </message>
    <message>
        <source>waiting for more documents</source>
        <translation>waiting for more documents</translation>
    </message>
    <message>
        <source>issued by the teller (channel: %1)</source>
        <translation>issued by the teller (channel: %1)</translation>
    </message>
    <message>
        <source>window</source>
        <translation>window</translation>
    </message>
</context>
<context>
    <name>ow::PromiseRiskModel</name>
    <message>
        <source>No open window serves it</source>
        <translation>No open window serves it</translation>
    </message>
    <message>
        <source>Past the %1-minute promise</source>
        <translation>Past the %1-minute promise</translation>
    </message>
    <message>
        <source>Close to the %1-minute promise</source>
        <translation>Close to the %1-minute promise</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Matters</source>
        <translation>Matters</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Projected call</source>
        <translation>Projected call</translation>
    </message>
    <message>
        <source>Projected wait</source>
        <translation>Projected wait</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Promise</translation>
    </message>
</context>
<context>
    <name>ow::StaffingPlanModel</name>
    <message>
        <source>No visitors expected</source>
        <translation>No visitors expected</translation>
    </message>
    <message numerus="yes">
        <source>%1 visitors expected, %n window(s) needed; chance of waiting past %2 minutes: %3%</source>
        <translation>
            <numerusform>%1 visitors expected, %n window needed; chance of waiting past %2 minutes: %3%</numerusform>
            <numerusform>%1 visitors expected, %n windows needed; chance of waiting past %2 minutes: %3%</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Peak %n window(s), %1 staff-hours</source>
        <translation>
            <numerusform>Peak %n window, %1 staff-hours</numerusform>
            <numerusform>Peak %n windows, %1 staff-hours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (closed)</source>
        <translation>%1 (closed)</translation>
    </message>
</context>
<context>
    <name>ow::PlanPage</name>
    <message>
        <source>Opening window %1…</source>
        <translation>Opening window %1…</translation>
    </message>
    <message>
        <source>Window %1 was not opened: %2</source>
        <translation>Window %1 was not opened: %2</translation>
    </message>
    <message>
        <source>Window %1 is open. Ask a colleague to take it.</source>
        <translation>Window %1 is open. Ask a colleague to take it.</translation>
    </message>
    <message>
        <source>comprehensive</source>
        <translation>comprehensive</translation>
    </message>
    <message>
        <source>dedicated to %1</source>
        <translation>dedicated to %1</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting, </source>
        <translation>
            <numerusform>%n waiting, </numerusform>
            <numerusform>%n waiting, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n window(s) open. </source>
        <translation>
            <numerusform>%n window open. </numerusform>
            <numerusform>%n windows open. </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) will wait past the %1-minute promise.</source>
        <translation>
            <numerusform>%n ticket will wait past the %1-minute promise.</numerusform>
            <numerusform>%n tickets will wait past the %1-minute promise.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) close to the %1-minute promise.</source>
        <translation>
            <numerusform>%n ticket close to the %1-minute promise.</numerusform>
            <numerusform>%n tickets close to the %1-minute promise.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everybody is projected to be called within %1 minutes.</source>
        <translation>Everybody is projected to be called within %1 minutes.</translation>
    </message>
    <message>
        <source>No closed window is left to open: consider moving tickets or calling colleagues back from a break.</source>
        <translation>No closed window is left to open: consider moving tickets or calling colleagues back from a break.</translation>
    </message>
    <message>
        <source>No tidal window is needed now.</source>
        <translation>No tidal window is needed now.</translation>
    </message>
    <message>
        <source>window %1 (%2)</source>
        <translation>window %1 (%2)</translation>
    </message>
    <message>
        <source>Open window %1</source>
        <translation>Open window %1</translation>
    </message>
    <message>
        <source>Open now as tidal windows: %1.</source>
        <translation>Open now as tidal windows: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>The forecast needs them until %1.</source>
        <translation>The forecast needs them until %1.</translation>
    </message>
    <message>
        <source>Close them again when the line is back within the promise.</source>
        <translation>Close them again when the line is back within the promise.</translation>
    </message>
    <message>
        <source>Window %1 is idle and the line keeps well within the promise without it: it may close.</source>
        <translation>Window %1 is idle and the line keeps well within the promise without it: it may close.</translation>
    </message>
    <message>
        <source>Projected at %1.</source>
        <translation>Projected at %1.</translation>
    </message>
    <message>
        <source>No history to forecast from yet: the plan appears once the hall has issued tickets for a few weeks.</source>
        <translation>No history to forecast from yet: the plan appears once the hall has issued tickets for a few weeks.</translation>
    </message>
    <message>
        <source>Windows needed each half-hour so that at most %1% wait past the %2-minute promise (Erlang C).</source>
        <translation>Windows needed each half-hour so that at most %1% wait past the %2-minute promise (Erlang C).</translation>
    </message>
    <message numerus="yes">
        <source>Mean handling time %1 min, from %n finished ticket(s) of this hall.</source>
        <translation>
            <numerusform>Mean handling time %1 min, from %n finished ticket of this hall.</numerusform>
            <numerusform>Mean handling time %1 min, from %n finished tickets of this hall.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mean handling time %1 min, from the catalogue&apos;s standard times.</source>
        <translation>Mean handling time %1 min, from the catalogue&apos;s standard times.</translation>
    </message>
    <message>
        <source>Forecast error on a held-out week: %1% a day, %2% a half-hour.</source>
        <translation>Forecast error on a held-out week: %1% a day, %2% a half-hour.</translation>
    </message>
    <message>
        <source>%1: peak %2, %3 staff-hours</source>
        <translation>%1: peak %2, %3 staff-hours</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Now: the line against the promise</source>
        <translation>Now: the line against the promise</translation>
    </message>
    <message>
        <source>Staffing plan: windows needed</source>
        <translation>Staffing plan: windows needed</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Tomorrow</translation>
    </message>
    <message>
        <source>Coming 7 days</source>
        <translation>Coming 7 days</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
</context>
<context>
    <name>ow::WorkOrder</name>
    <message>
        <source>Consultation</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Booking</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>Praise</source>
        <translation>Praise</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Routed to the hall</source>
        <translation>Routed to the hall</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Call recorded</source>
        <translation>Call recorded</translation>
    </message>
    <message>
        <source>Routed to the hall&apos;s supervisors</source>
        <translation>Routed to the hall&apos;s supervisors</translation>
    </message>
    <message>
        <source>Appointment booked</source>
        <translation>Appointment booked</translation>
    </message>
</context>
<context>
    <name>ow::WorkOrderTableModel</name>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>%1 (late)</source>
        <translation>%1 (late)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Hall</source>
        <translation>Hall</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>Matter</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Caller</translation>
    </message>
    <message>
        <source>Answer by</source>
        <translation>Answer by</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>What was said</translation>
    </message>
</context>
<context>
    <name>ow::WorkOrderTimelineModel</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ow::WorkOrderForm</name>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>shown as %1</source>
        <translation>shown as %1</translation>
    </message>
    <message>
        <source>Record a call</source>
        <translation>Record a call</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Caller&apos;s number:</source>
        <translation>Caller&apos;s number:</translation>
    </message>
    <message>
        <source>Hall:</source>
        <translation>Hall:</translation>
    </message>
    <message>
        <source>Matter:</source>
        <translation>Matter:</translation>
    </message>
    <message>
        <source>What was said:</source>
        <translation>What was said:</translation>
    </message>
    <message>
        <source>Ticket (complaint):</source>
        <translation>Ticket (complaint):</translation>
    </message>
    <message>
        <source>Mobile or landline with area code</source>
        <translation>Mobile or landline with area code</translation>
    </message>
    <message>
        <source>What the caller asked or reported</source>
        <translation>What the caller asked or reported</translation>
    </message>
    <message>
        <source>e.g. A012</source>
        <translation>e.g. A012</translation>
    </message>
    <message>
        <source>Record work order</source>
        <translation>Record work order</translation>
    </message>
</context>
<context>
    <name>ow::WorkOrderAnswerDialog</name>
    <message>
        <source>Answer work order %1</source>
        <translation>Answer work order %1</translation>
    </message>
    <message>
        <source>What was found and what was done, for the caller</source>
        <translation>What was found and what was done, for the caller</translation>
    </message>
    <message>
        <source>Send the answer to the caller (%1) by text message</source>
        <translation>Send the answer to the caller (%1) by text message</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The caller said:</source>
        <translation>The caller said:</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Answer:</translation>
    </message>
</context>
<context>
    <name>ow::WorkOrderBookingDialog</name>
    <message>
        <source>Book an appointment for work order %1</source>
        <translation>Book an appointment for work order %1</translation>
    </message>
    <message>
        <source>Slot (quarter hours):</source>
        <translation>Slot (quarter hours):</translation>
    </message>
    <message>
        <source>Matter:</source>
        <translation>Matter:</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Book</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ow::WorkOrdersPage</name>
    <message>
        <source>All halls</source>
        <translation>All halls</translation>
    </message>
    <message>
        <source>Listed: %1, overdue: %2</source>
        <translation>Listed: %1, overdue: %2</translation>
    </message>
    <message>
        <source>Listed: %1</source>
        <translation>Listed: %1</translation>
    </message>
    <message>
        <source>Choose a work order from the list.</source>
        <translation>Choose a work order from the list.</translation>
    </message>
    <message>
        <source>Hall: %1</source>
        <translation>Hall: %1</translation>
    </message>
    <message>
        <source>Matter: %1</source>
        <translation>Matter: %1</translation>
    </message>
    <message>
        <source>Caller: %1</source>
        <translation>Caller: %1</translation>
    </message>
    <message>
        <source>Ticket %1 of %2, window %3, %4</source>
        <translation>Ticket %1 of %2, window %3, %4</translation>
    </message>
    <message>
        <source>Answer was due by %1 — overdue</source>
        <translation>Answer was due by %1 — overdue</translation>
    </message>
    <message>
        <source>To be answered by %1</source>
        <translation>To be answered by %1</translation>
    </message>
    <message>
        <source>Routed to: %1</source>
        <translation>Routed to: %1</translation>
    </message>
    <message>
        <source>Appointment code: %1</source>
        <translation>Appointment code: %1</translation>
    </message>
    <message>
        <source>Text message sent to %1</source>
        <translation>Text message sent to %1</translation>
    </message>
    <message>
        <source>Text message to %1 not sent yet</source>
        <translation>Text message to %1 not sent yet</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Answer: %1</translation>
    </message>
    <message>
        <source>Work order %1 recorded.</source>
        <translation>Work order %1 recorded.</translation>
    </message>
    <message>
        <source>12333 hotline work orders</source>
        <translation>12333 hotline work orders</translation>
    </message>
    <message>
        <source>12333 work orders of my halls</source>
        <translation>12333 work orders of my halls</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Route to hall</source>
        <translation>Route to hall</translation>
    </message>
    <message>
        <source>Book appointment</source>
        <translation>Book appointment</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>What the caller said</source>
        <translation>What the caller said</translation>
    </message>
</context>
<context>
    <name>ow::TrainingText</name>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Training citizen %1 · ID %2 · hands over: %3</source>
        <translation>Training citizen %1 · ID %2 · hands over: %3</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>%1: “%2” was taken as received for %3, but the citizen had not brought it%4</source>
        <translation>%1: “%2” was taken as received for %3, but the citizen had not brought it%4</translation>
    </message>
    <message>
        <source> (case %1)</source>
        <translation> (case %1)</translation>
    </message>
    <message>
        <source>%1: %2 was refused, though the citizen had brought every required material</source>
        <translation>%1: %2 was refused, though the citizen had brought every required material</translation>
    </message>
    <message>
        <source>%1: served in %2 min, over the standard of %3 min</source>
        <translation>%1: served in %2 min, over the standard of %3 min</translation>
    </message>
    <message>
        <source>arrives at minute %1</source>
        <translation>arrives at minute %1</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
    <message>
        <source>called</source>
        <translation>called</translation>
    </message>
    <message>
        <source>being served</source>
        <translation>being served</translation>
    </message>
    <message>
        <source>stepped away</source>
        <translation>stepped away</translation>
    </message>
    <message>
        <source>finished in %1 min (standard %2)</source>
        <translation>finished in %1 min (standard %2)</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>finished</translation>
    </message>
    <message>
        <source>did not come</source>
        <translation>did not come</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>Trainee %1 · trainer %2 · started %3</source>
        <translation>Trainee %1 · trainer %2 · started %3</translation>
    </message>
    <message>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <source>ended %1</source>
        <translation>ended %1</translation>
    </message>
    <message>
        <source>No mistakes so far.</source>
        <translation>No mistakes so far.</translation>
    </message>
    <message numerus="yes">
        <source>Mistakes: %n</source>
        <translation>
            <numerusform>Mistakes: %n</numerusform>
            <numerusform>Mistakes: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Citizens (%1 of %2 arrived)</source>
        <translation>Citizens (%1 of %2 arrived)</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <source>Matters</source>
        <translation>Matters</translation>
    </message>
    <message>
        <source>Left at home</source>
        <translation>Left at home</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>case %1</source>
        <translation>case %1</translation>
    </message>
    <message>
        <source>rates %1</source>
        <translation>rates %1</translation>
    </message>
</context>
<context>
    <name>ow::TrainingPage</name>
    <message>
        <source>Open a training scenario</source>
        <translation>Open a training scenario</translation>
    </message>
    <message>
        <source>Scenario (*.json)</source>
        <translation>Scenario (*.json)</translation>
    </message>
    <message>
        <source>%1 does not fit the scenario format: %2</source>
        <translation>%1 does not fit the scenario format: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n citizen(s))</source>
        <translation>
            <numerusform>%1 (%n citizen)</numerusform>
            <numerusform>%1 (%n citizens)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Scenario “%1” loaded.</source>
        <translation>Scenario “%1” loaded.</translation>
    </message>
    <message>
        <source>Choose a training hall and a scenario first.</source>
        <translation>Choose a training hall and a scenario first.</translation>
    </message>
    <message>
        <source>Enter the trainee&apos;s user name.</source>
        <translation>Enter the trainee&apos;s user name.</translation>
    </message>
    <message>
        <source>Training started: %1 for %2.</source>
        <translation>Training started: %1 for %2.</translation>
    </message>
    <message numerus="yes">
        <source>Training ended: %n mistake(s).</source>
        <translation>
            <numerusform>Training ended: %n mistake.</numerusform>
            <numerusform>Training ended: %n mistakes.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2 served</source>
        <translation>%1 / %2 served</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>Training hall:</source>
        <translation>Training hall:</translation>
    </message>
    <message>
        <source>New training session</source>
        <translation>New training session</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>Scenario:</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>Open file…</translation>
    </message>
    <message>
        <source>Trainee:</source>
        <translation>Trainee:</translation>
    </message>
    <message>
        <source>user name, e.g. cj_teller1</source>
        <translation>user name, e.g. cj_teller1</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End training</source>
        <translation>End training</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Trainee</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Mistakes</source>
        <translation>Mistakes</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
</context>
</TS>
